package dk.coi.portal.wiki;

import dk.coi.portal.shared.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/** Page titles as people type them and as they appear in addresses ("Syv principper" ↔ "Syv_principper"). */
public final class WikiTitles {

    public static final int MAX_LENGTH = 255;
    /** Pages whose title starts with this are category pages, listing the pages in the category. */
    public static final String CATEGORY_PREFIX = "Kategori:";
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    /**
     * Link and template syntax ({@code [ ] | { }}), angle brackets, the space in addresses ({@code _}), and what
     * an address segment cannot carry (found by trying each character in a browser): Tomcat and Spring Security's
     * firewall answer 400 to a path with {@code ;} (a path parameter) or an encoded {@code \ % /}, and {@code #}
     * ends the path. (Line and paragraph separators, which the firewall refuses as well, are control characters
     * to {@link TextRules}.)
     */
    private static final Pattern FORBIDDEN = Pattern.compile("[/#<>\\[\\]{}|_;\\\\%]");
    private static final Pattern ESCAPES = Pattern.compile("(%\\p{XDigit}{2})+");

    private WikiTitles() {
    }

    /** Composed (NFC), every kind of space a plain space, spaces collapsed and trimmed ({@link TextRules#normalizeLine}). */
    public static String normalize(String title) {
        return TextRules.normalizeLine(title);
    }

    /** The translation key of what is wrong with a title, or empty when it is fine. */
    public static Optional<String> problem(String normalizedTitle) {
        if (normalizedTitle.isEmpty()) {
            return Optional.of("wiki.title.required");
        }
        if (normalizedTitle.length() > MAX_LENGTH) {
            return Optional.of("wiki.title.too-long");
        }
        Optional<String> characters = TextRules.lineProblem(normalizedTitle);
        if (characters.isPresent()) {
            return characters;
        }
        if (FORBIDDEN.matcher(normalizedTitle).find()) {
            return Optional.of("wiki.title.forbidden-characters");
        }
        if (!LETTER_OR_DIGIT.matcher(normalizedTitle).find()) {
            return Optional.of("wiki.title.only-punctuation");
        }
        return Optional.empty();
    }

    public static boolean isCategory(String normalizedTitle) {
        return normalizedTitle.regionMatches(true, 0, CATEGORY_PREFIX, 0, CATEGORY_PREFIX.length());
    }

    /** The title of a category's page, e.g. "Kategori:Metoder". */
    public static String categoryPage(String category) {
        return CATEGORY_PREFIX + category;
    }

    /** Route path of a page, e.g. {@code wiki/Syv_principper}, with characters such as '?' encoded. */
    public static String path(String title) {
        return "wiki/" + UriUtils.encodePathSegment(title.replace(' ', '_'), StandardCharsets.UTF_8);
    }

    /**
     * The title in an address segment back to the title. Vaadin hands some segments over with escapes such as
     * {@code %3F} still in them; titles never contain "%", so any such escape left is decoded here.
     */
    public static String fromPathSegment(String segment) {
        String decoded = ESCAPES.matcher(segment).replaceAll(escapes -> Matcher.quoteReplacement(
                UriUtils.decode(escapes.group(), StandardCharsets.UTF_8)));
        return normalize(decoded.replace('_', ' '));
    }
}
