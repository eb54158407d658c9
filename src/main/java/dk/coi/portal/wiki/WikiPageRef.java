package dk.coi.portal.wiki;

/** A page named by its id and title, where the text is not needed. */
public record WikiPageRef(long id, String title) {

    /** The staff page that reaches the page by its id, whatever its title. */
    public String idPath() {
        return WikiRoutes.byId(id);
    }
}
