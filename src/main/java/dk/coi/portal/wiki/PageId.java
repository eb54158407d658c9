package dk.coi.portal.wiki;

/** A wiki page's id as other modules and the wiki's events carry it, whatever the page is called now. */
public record PageId(long value) {

    public static PageId of(long value) {
        return new PageId(value);
    }
}
