package dk.coi.portal.wiki;

import dk.coi.portal.shared.Subject;

/** The wiki's subjects as other modules know them (followed, noticed): a page by its id. */
public final class WikiSubjects {

    public static final String PAGE = "wiki.page";

    /**
     * What a notice of a page tells of: an edit or a minor edit (its detail the revision; moves and undeletions are
     * edits too), a talk comment or a reply to one (the comment), or the page's deletion by staff (no detail).
     * Minor edits and replies are kinds of their own so that a notice says what happened when it is shown.
     */
    public enum NoticeKind { EDIT, COMMENT, DELETION, MINOR_EDIT, REPLY }

    private WikiSubjects() {
    }

    public static Subject page(PageId page) {
        return new Subject(PAGE, page.value());
    }
}
