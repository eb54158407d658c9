package dk.coi.portal.wiki;
import dk.coi.portal.shared.ThreeWayMerge;

/**
 * Someone saved the page after the editor opened it, and the two edits overlap: carries their version and the
 * merge of both with the overlaps the person must decide, so nothing is lost or silently undone.
 */
public class EditConflictException extends RuntimeException {

    private final WikiPageView current;
    private final transient ThreeWayMerge.Result merge;

    public EditConflictException(WikiPageView current, ThreeWayMerge.Result merge) {
        super("The page was changed by someone else meanwhile");
        this.current = current;
        this.merge = merge;
    }

    public WikiPageView current() {
        return current;
    }

    /** Both edits merged, with the overlaps still to decide; null when the edit could not be merged at all. */
    public ThreeWayMerge.Result merge() {
        return merge;
    }
}
