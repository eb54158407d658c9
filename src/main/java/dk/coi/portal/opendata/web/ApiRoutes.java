package dk.coi.portal.opendata.web;

/** The open-data API's addresses. */
final class ApiRoutes {

    static final String BASE = "/api/v1";
    static final String CASES = BASE + "/cases";
    static final String CASE = CASES + "/{id}";
    static final String CASES_CSV = CASES + ".csv";
    static final String CASES_JSON = CASES + ".json";
    static final String ADOPTIONS = BASE + "/adoptions";
    static final String ORGANISATIONS = BASE + "/organisations";
    /** The page size parameter; the page is the catalogue's {@code side} (1 the first, as in its addresses). */
    static final String SIZE = "antal";
    static final String PAGE = "side";

    private ApiRoutes() {
    }
}
