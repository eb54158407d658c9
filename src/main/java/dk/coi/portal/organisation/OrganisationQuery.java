package dk.coi.portal.organisation;

import dk.coi.portal.shared.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private static final List<String> NAMES = List.of(TEXT, KIND, REGION, PAGE);
    /** The furthest page an address is read as: any further is past the last as well, and counts stay in range. */
    private static final int FURTHEST_PAGE = 1_000_000;
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
                page != null && page.matches("\\d+") ? (page.length() > 7 ? FURTHEST_PAGE
                        : Math.min(Integer.parseInt(page), FURTHEST_PAGE)) - 1 : 0);
    }

    public OrganisationQuery onPage(int other) {
        return new OrganisationQuery(text, kind, regionCode, other);
    }

    /** Whether anything narrows the list. */
    public boolean filtered() {
        return !text.isEmpty() || kind != null || regionCode != null;
    }

    /** The parameters of the list's address for this query, in order; the defaults are left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put(TEXT, text);
        }
        if (kind != null) {
            parameters.put(KIND, kind.parameter());
        }
        if (regionCode != null) {
            parameters.put(REGION, String.valueOf(regionCode));
        }
        if (page > 0) {
            parameters.put(PAGE, String.valueOf(page + 1));
        }
        return parameters;
    }

    /** The list's address for this query, without a leading slash; the defaults are left out. */
    public String address() {
        String parameters = parameters().entrySet().stream().map(parameter -> parameter.getKey() + "="
                + UriUtils.encodeQueryParam(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return OrganisationRoutes.LIST + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /**
     * Whether an address with these parameters names one of the list's that this query leaves out (an empty field of
     * the form, "side=1"): such an address is sent on to {@link #address()}, so a list has one address.
     */
    public boolean leavesOutAnyOf(Collection<String> given) {
        return given.stream().anyMatch(name -> NAMES.contains(name) && !parameters().containsKey(name));
    }
}
