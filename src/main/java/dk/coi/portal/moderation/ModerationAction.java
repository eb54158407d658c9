package dk.coi.portal.moderation;

/** The kinds of decision moderation itself makes; other modules log kinds of their own ({@link LogKind}). */
public enum ModerationAction {
    /** Staff hid visible content; open reports are closed. */
    HIDE(true),
    /**
     * Staff confirmed that hidden content (hidden by the portal after reports, or by another staff member) stays
     * hidden, their reason replacing the earlier one; open reports are closed.
     */
    KEEP_HIDDEN(true),
    /** Staff showed hidden content again; open reports are closed. */
    RESTORE(true),
    /** Staff found the reports unfounded; the content stays as it is and open reports are closed. */
    DISMISS(false),
    /**
     * The portal hid the content when enough different people had reported it; the reports stay open. Public, as
     * the content itself says so in its place (and who reported it is not in the line).
     */
    AUTO_HIDE(true),
    /** Staff published content that was held back for their approval. */
    APPROVE(true),
    /** Staff refused content that was held back for their approval: it stays hidden, with the reason. */
    REJECT(true);

    private final boolean visibleToEveryone;

    ModerationAction(boolean visibleToEveryone) {
        this.visibleToEveryone = visibleToEveryone;
    }

    public LogKind kind() {
        return LogKind.of("moderation", this);
    }

    /**
     * Whether anyone may read this decision in a module's public log; a dismissal, which reveals reports that
     * changed nothing (what was reported is between the reporter and staff), is for staff only.
     */
    public boolean visibleToEveryone() {
        return visibleToEveryone;
    }
}
