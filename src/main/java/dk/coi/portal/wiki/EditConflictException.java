package dk.coi.portal.wiki;

/** Someone saved the page after the editor opened it; carries their version so nothing is lost. */
public class EditConflictException extends RuntimeException {

    private final WikiPageView current;

    public EditConflictException(WikiPageView current) {
        super("The page was changed by someone else meanwhile");
        this.current = current;
    }

    public WikiPageView current() {
        return current;
    }
}
