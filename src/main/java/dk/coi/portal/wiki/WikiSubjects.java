package dk.coi.portal.wiki;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dk.coi.portal.shared.Subject;

/** The wiki's subjects as other modules know them (followed, noticed): a page by its id. */
public final class WikiSubjects {

    public static final String PAGE = "wiki.page";

    /**
     * What a notice of a page tells of: an edit or a minor edit (its detail the revision; moves and undeletions are
     * edits too), a talk comment or a reply to one (the comment), or the page's deletion by staff (no detail).
     * Minor edits and replies are kinds of their own so that a notice says what happened when it is shown.
     */
    public enum NoticeKind {
        EDIT, COMMENT, DELETION, MINOR_EDIT, REPLY;

        /** A page's edits, minor or not: read together on the page and its diffs, mailed once until then. */
        public static final Set<String> EDITS = names(EDIT, MINOR_EDIT);
        /** A talk page's comments and replies: read together on the talk page, mailed once until then. */
        public static final Set<String> TALK = names(COMMENT, REPLY);
        /** What looking at the page itself reads: its edits and its deletion. */
        public static final Set<String> PAGE = names(EDIT, MINOR_EDIT, DELETION);

        private static Set<String> names(NoticeKind... kinds) {
            return Arrays.stream(kinds).map(NoticeKind::name).collect(Collectors.toUnmodifiableSet());
        }
    }

    private WikiSubjects() {
    }

    public static Subject page(PageId page) {
        return new Subject(PAGE, page.value());
    }
}
