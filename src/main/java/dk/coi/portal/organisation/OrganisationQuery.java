package dk.coi.portal.organisation;

import dk.coi.portal.shared.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * What the list of organisations is asked for, as its address holds it ({@code organisationer?q=job&type=enhed
 * &region=1082&side=2}): words of the name (each found anywhere in it), a kind, a region by its official code, and
 * a page (0 the first). What cannot be read from an address is left at its default.
 */
public record OrganisationQuery(String text, OrganisationKind kind, Integer regionCode, int page) {

    public static final String TEXT = "q";
    public static final String KIND = "type";
    public static final String REGION = "region";
    public static final String PAGE = "side";
    /** The longest text the list searches for. */
    public static final int MAX_TEXT_LENGTH = 200;

    public static final OrganisationQuery ALL = new OrganisationQuery("", null, null, 0);

    public OrganisationQuery {
        String cleaned = TextRules.cleanLine(text == null ? "" : text).strip();
        text = cleaned.length() > MAX_TEXT_LENGTH ? cleaned.substring(0, MAX_TEXT_LENGTH) : cleaned;
        page = Math.max(page, 0);
    }

    /** The query a list address's parameters ask for (each null when absent). */
    public static OrganisationQuery of(String text, String kind, String region, String page) {
        return new OrganisationQuery(text, OrganisationKind.ofParameter(kind).orElse(null),
                region != null && region.matches("\\d{4}") ? Integer.valueOf(region) : null,
                page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) - 1 : 0);
    }

    public OrganisationQuery onPage(int other) {
        return new OrganisationQuery(text, kind, regionCode, other);
    }

    /** Whether anything narrows the list. */
    public boolean filtered() {
        return !text.isEmpty() || kind != null || regionCode != null;
    }

    /** The list's address for this query, without a leading slash; the defaults are left out. */
    public String address() {
        List<String> parameters = new ArrayList<>();
        if (!text.isEmpty()) {
            parameters.add(TEXT + "=" + UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8));
        }
        if (kind != null) {
            parameters.add(KIND + "=" + kind.parameter());
        }
        if (regionCode != null) {
            parameters.add(REGION + "=" + regionCode);
        }
        if (page > 0) {
            parameters.add(PAGE + "=" + (page + 1));
        }
        return OrganisationRoutes.LIST + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }
}
