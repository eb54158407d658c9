package dk.coi.portal.landscape;

/**
 * What the current person may do with a case, by the same rules the service enforces: edit it (its owner, a
 * co-editor, staff), submit it for review (an editor, while it is a draft or returned), publish it or send it back
 * (staff, while it is submitted), confirm it is up to date (an editor, once published), and read its history (an
 * editor, or anyone signed in once it is published).
 */
public record CaseActions(boolean edit, boolean submit, boolean review, boolean confirm, boolean history) {

    public static final CaseActions NONE = new CaseActions(false, false, false, false, false);
}
