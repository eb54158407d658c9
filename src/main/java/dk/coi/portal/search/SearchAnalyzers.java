package dk.coi.portal.search;

/** Names of the analyzers the search module defines for every backend. */
public final class SearchAnalyzers {

    /** Danish text: lower-cased, aa/ae/oe read as å/æ/ø, Danish stop words removed, Snowball Danish stemming. */
    public static final String DANISH = "danish";

    private SearchAnalyzers() {
    }
}
