package dk.coi.portal.wiki;

/** A page named by its id and title, where the text is not needed. */
public record WikiPageRef(PageId id, String title) {

    /** As a query selects it. */
    public WikiPageRef(long id, String title) {
        this(PageId.of(id), title);
    }

    /** The staff page that reaches the page by its id, whatever its title. */
    public String idPath() {
        return WikiRoutes.byId(id);
    }
}
