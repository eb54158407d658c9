package dk.coi.portal.notification;

/**
 * The translation keys one kind of notice is told with. {@code listKey}: what happened, linking to it in the list
 * of notices, as a phrase after the subject's title ("svarede på en kommentar"; no arguments);
 * {@code mailSubjectKey}: {0} the subject's title; {@code mailLineKey}: {0} actor, {1} title, {2} time; {@code mailLinkKey}: {0} the address to follow. {@code toldOfRemoval}: the notice tells that its
 * subject was removed (deleted), so it is shown and mailed although the subject can no longer be read.
 * {@code personal}: the notice is left for named people ({@link Notifications#notifyPeople}), who do not follow
 * its subject: its summary is the reason given for what happened, and its mail says so, and why it came, without
 * "you follow it".
 * {@code minorChange}: the notice tells of a minor change, which lists mark as recent changes do ("m").
 */
public record NoticeWording(String listKey, String mailSubjectKey, String mailLineKey, String mailLinkKey,
                            boolean toldOfRemoval, boolean personal, boolean minorChange) {

    /** The wording of a notice to followers about a subject that is still there to read. */
    public NoticeWording(String listKey, String mailSubjectKey, String mailLineKey, String mailLinkKey) {
        this(listKey, mailSubjectKey, mailLineKey, mailLinkKey, false, false, false);
    }

    /** The wording of a notice to followers, telling of its subject's removal or not. */
    public NoticeWording(String listKey, String mailSubjectKey, String mailLineKey, String mailLinkKey,
                         boolean toldOfRemoval) {
        this(listKey, mailSubjectKey, mailLineKey, mailLinkKey, toldOfRemoval, false, false);
    }

    /** The wording of a notice left for named people about a subject that is there to read. */
    public static NoticeWording personal(String listKey, String mailSubjectKey, String mailLineKey,
                                         String mailLinkKey) {
        return new NoticeWording(listKey, mailSubjectKey, mailLineKey, mailLinkKey, false, true, false);
    }

    /** The same wording for a notice of a minor change, marked as such. */
    public NoticeWording ofMinorChange() {
        return new NoticeWording(listKey, mailSubjectKey, mailLineKey, mailLinkKey, toldOfRemoval, personal, true);
    }
}
