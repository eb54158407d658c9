package dk.coi.portal.opendata;

/**
 * The parts of the page about the open data, in their order: each a section with its heading, and an entry of the
 * page's contents at its top. Both renderers of the page (the reading page and the signed-in view) build on these.
 */
public enum OpenDataSection {
    /** What the dataset holds (its id kept from before the page had a table of contents: links lead to it). */
    DATASET("opendata-contents", "opendata.contents.heading"),
    LICENCE("opendata-licence", "opendata.licence.heading"),
    CHANGES("opendata-changes", "opendata.changes.heading"),
    DOWNLOADS("opendata-downloads", "opendata.downloads.heading"),
    API("opendata-api", "opendata.api.heading"),
    /** The values of the parameters that take many (municipality codes), each list once and closed until opened. */
    CODES("opendata-codes", "opendata.codes.heading");

    /** The id of the list of the page's parts, which "back to the contents" links lead to. */
    public static final String TABLE_OF_CONTENTS = "opendata-toc";

    private final String id;
    private final String headingKey;

    OpenDataSection(String id, String headingKey) {
        this.id = id;
        this.headingKey = headingKey;
    }

    public String id() {
        return id;
    }

    public String headingKey() {
        return headingKey;
    }
}
