package dk.coi.portal.wiki;

import dk.coi.portal.shared.TextRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The filters of recent changes as its address carries them ({@code dage}, {@code mindre=skjul}, {@code person},
 * {@code kategori}, {@code upatruljeret=ja}), read alike by the Vaadin screen and the server-rendered page: the
 * last 1, 7 or 30 days (7 unless another is asked), with or without minor edits, by one person, in one category,
 * only unpatrolled edits (for staff; the screen service ignores it for others).
 */
public record RecentChangesFilter(int days, boolean hideMinor, Long person, String category, boolean unpatrolled) {

    /** The periods offered, in days. */
    public static final List<Integer> SPANS = List.of(1, 7, 30);
    /** Changes shown at most, also in a person's contributions. */
    public static final int LIMIT = 200;
    /** How far back a person's contributions reach. */
    public static final int CONTRIBUTION_DAYS = 365;
    public static final String DAYS = "dage";
    public static final String MINOR = "mindre";
    public static final String HIDE = "skjul";
    public static final String PERSON = "person";
    public static final String CATEGORY = "kategori";
    public static final String UNPATROLLED = "upatruljeret";

    /** The filters in the address; {@code parameter} gives a query parameter's single value. */
    public static RecentChangesFilter of(Function<String, Optional<String>> parameter) {
        return new RecentChangesFilter(parameter.apply(DAYS).filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::parseInt).filter(SPANS::contains).orElse(7),
                parameter.apply(MINOR).filter(HIDE::equals).isPresent(),
                parameter.apply(PERSON).filter(value -> value.matches("\\d{1,18}")).map(Long::parseLong).orElse(null),
                // Cleaned: the name is shown on the page, and an address may carry any character (a NUL).
                parameter.apply(CATEGORY).map(TextRules::cleanLine).map(WikiTitles::normalize)
                        .filter(name -> !name.isEmpty()).orElse(null),
                parameter.apply(UNPATROLLED).filter("ja"::equals).isPresent());
    }

    public RecentChangesQuery query() {
        RecentChangesQuery query = RecentChangesQuery.lastDays(days, LIMIT).by(person).inCategory(category);
        query = hideMinor ? query.withoutMinor() : query;
        return unpatrolled ? query.unpatrolled() : query;
    }

    /** The filters as query parameters, to put in an address. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(DAYS, List.of(String.valueOf(days)));
        values.put(MINOR, List.of(hideMinor ? HIDE : "vis"));
        if (person != null) {
            values.put(PERSON, List.of(String.valueOf(person)));
        }
        if (category != null) {
            values.put(CATEGORY, List.of(category));
        }
        if (unpatrolled) {
            values.put(UNPATROLLED, List.of("ja"));
        }
        return values;
    }
}
