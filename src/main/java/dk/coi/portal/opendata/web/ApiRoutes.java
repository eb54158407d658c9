package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.web.OpenDataAddresses;

/** The open-data API's addresses, from the ones other modules link to ({@link OpenDataAddresses}). */
final class ApiRoutes {

    static final String BASE = OpenDataAddresses.API;
    /** Every address the API answers (its problems included) starts so. */
    static final String API_PREFIX = "/api/";
    static final String CASES = OpenDataAddresses.CASES;
    static final String CASE = CASES + "/{id}";
    /** As {@link OpenDataAddresses#casesDownload} writes them; spelled out, as a mapping takes only constants. */
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
