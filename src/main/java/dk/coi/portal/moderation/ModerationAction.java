package dk.coi.portal.moderation;

/** The kinds of decision moderation itself makes; other modules log kinds of their own ({@link LogKind}). */
public enum ModerationAction {
    /** Staff hid the content (or confirmed that it stays hidden); open reports are closed. */
    HIDE(true),
    /** Staff showed hidden content again; open reports are closed. */
    RESTORE(true),
    /** Staff found the reports unfounded; the content stays as it is and open reports are closed. */
    DISMISS(false),
    /** The portal hid the content when enough different people had reported it; the reports stay open. */
    AUTO_HIDE(false);

    private final boolean visibleToEveryone;

    ModerationAction(boolean visibleToEveryone) {
        this.visibleToEveryone = visibleToEveryone;
    }

    public LogKind kind() {
        return LogKind.of("moderation", this);
    }

    /**
     * Whether anyone may read this decision in a module's public log; the ones that reveal reports (who reported
     * what is between the reporter and staff) are for staff only.
     */
    public boolean visibleToEveryone() {
        return visibleToEveryone;
    }
}
