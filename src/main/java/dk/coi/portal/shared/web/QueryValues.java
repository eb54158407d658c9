package dk.coi.portal.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A value as the portal writes it into a query string: everything but unreserved characters percent-encoded (so a
 * {@code +} is {@code %2B}, never read back as a space) and a space as {@code %20}, as every reader of addresses takes
 * it. The catalogue's addresses and the open-data API's links share it, so that a link reads back as the search it
 * came from.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
