package dk.coi.portal.shared.web;

/**
 * The addresses of the open data, which pages of other modules link to (the catalogue's downloads of its search, the
 * footer's link to the page about the data): kept here, as the {@code opendata} module that serves them reads those
 * modules and cannot be read by them.
 */
public final class OpenDataAddresses {

    /** The page about the open data and its API (without a leading slash, as routes are written). */
    public static final String PAGE = "aabne-data";
    /** The open data's base address. */
    public static final String API = "/api/v1";
    /** The published cases in the API; with ".csv" or ".json" the download of all of a search's cases. */
    public static final String CASES = API + "/cases";
    /** The OpenAPI document that describes the API. */
    public static final String API_DOCUMENT = "/v3/api-docs";

    /** The formats the cases of a search download in, as their address ends. */
    public enum Download {
        CSV, JSON;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private OpenDataAddresses() {
    }

    /** The download of every case a search finds, from a query string of the catalogue's parameters (may be empty). */
    public static String casesDownload(Download format, String query) {
        return CASES + "." + format.extension() + (query.isEmpty() ? "" : "?" + query);
    }
}
