package dk.coi.portal.notification;

/**
 * The translation keys one kind of notice is told with. {@code listKey}: the link in the list of notices (no
 * arguments); {@code mailSubjectKey}: {0} the subject's title; {@code mailLineKey}: {0} actor, {1} title,
 * {2} time; {@code mailLinkKey}: {0} the address to follow. {@code toldOfRemoval}: the notice tells that its
 * subject was removed (deleted), so it is shown and mailed although the subject can no longer be read.
 */
public record NoticeWording(String listKey, String mailSubjectKey, String mailLineKey, String mailLinkKey,
                            boolean toldOfRemoval) {

    /** The wording of a notice about a subject that is still there to read. */
    public NoticeWording(String listKey, String mailSubjectKey, String mailLineKey, String mailLinkKey) {
        this(listKey, mailSubjectKey, mailLineKey, mailLinkKey, false);
    }
}
