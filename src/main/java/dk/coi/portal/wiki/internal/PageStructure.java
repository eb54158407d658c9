package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiTitles;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's text links to: other pages ({@code [[Side]]}, {@code [[:Kategori:X]]}), the categories it
 * belongs to ({@code [[Kategori:X]]}) and, for a redirect ({@code #OMDIRIGER [[Mål]]}), its target.
 */
public record PageStructure(Set<String> links, Set<String> categories, Optional<String> redirectTarget) {

    /**
     * How many {@code [[…]]} of a text count as links (categories included); later ones stay text, so one page
     * cannot make rendering, the preview or its stored links cost seconds.
     */
    public static final int MAX_LINKS = 1000;
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,255})(?:\\|([^\\[\\]\\n]{1,255}))?]]");
    private static final Pattern REDIRECT = Pattern.compile(
            "\\A\\s*#(?:OMDIRIGER|REDIRECT)\\s*\\[\\[([^\\[\\]|\\n]{1,255})]]", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    public static PageStructure of(String content) {
        Set<String> links = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> seenLinks = new HashSet<>();
        Set<String> seenCategories = new HashSet<>();
        for (MatchResult link : links(content)) {
            Target target = Target.of(link.group(1));
            if (target.valid() && target.category()) {
                if (seenCategories.add(sameTitleKey(target.categoryName()))) {
                    categories.add(target.categoryName());
                }
            } else if (target.valid() && seenLinks.add(sameTitleKey(target.title()))) {
                links.add(target.title());
            }
        }
        return new PageStructure(links, categories, redirectTargetOf(content));
    }

    /** Where a redirect leads, read from the text's first line only (cheaper than the whole structure). */
    public static Optional<String> redirectTargetOf(String content) {
        Matcher redirect = REDIRECT.matcher(content);
        // As in a link, a leading colon is not part of the title ("#OMDIRIGER [[:Kategori:X]]" leads to the category page).
        return redirect.find()
                ? Optional.of(Target.of(redirect.group(1)).title()).filter(title -> WikiTitles.problem(title).isEmpty())
                : Optional.empty();
    }

    /**
     * Which titles are one: the database keeps links and categories in {@code utf8mb4_danish_ci}, which ignores
     * case and accents, so "Metode" and "metode" twice for one page would be a duplicate key. Without case and
     * accents a few more are one than in the database ("Å" and "A"), which only drops a link, never fails a save.
     * A key rather than a collator, as a page view parses its text and a collator's comparisons cost milliseconds
     * for a page of a few hundred links.
     */
    private static String sameTitleKey(String title) {
        return ACCENTS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The first {@link #MAX_LINKS} links of a text, as written. */
    static List<MatchResult> links(String content) {
        Matcher matcher = LINK.matcher(content);
        List<MatchResult> links = new ArrayList<>();
        while (links.size() < MAX_LINKS && matcher.find()) {
            links.add(matcher.toMatchResult());
        }
        return links;
    }

    /**
     * A link target as written: {@code Kategori:X} puts the page in a category, {@code :Kategori:X} links to the
     * category page.
     */
    record Target(String title, boolean category) {

        static Target of(String written) {
            String trimmed = WikiTitles.normalize(written);
            if (trimmed.startsWith(":")) {
                return new Target(WikiTitles.normalize(trimmed.substring(1)), false);
            }
            return new Target(trimmed, WikiTitles.isCategory(trimmed));
        }

        boolean valid() {
            return WikiTitles.problem(title).isEmpty() && (!category || !categoryName().isEmpty());
        }

        String categoryName() {
            return WikiTitles.normalize(title.substring(WikiTitles.CATEGORY_PREFIX.length()));
        }
    }
}
