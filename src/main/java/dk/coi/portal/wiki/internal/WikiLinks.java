package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.PlainText;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Turns MediaWiki-style links, {@code [[Side]]} and {@code [[Side|tekst]]}, into Markdown links before
 * rendering. A link to a page that does not exist leads to its editor ("red link"). Category markers
 * ({@code [[Kategori:X]]}) are listed under the page instead of in the text. Only the first
 * {@link PageStructure#MAX_LINKS} count; the rest stay as written.
 */
public final class WikiLinks {

    /** How much of a text's start {@link #opening} keeps: more than a page's description quotes. */
    public static final int OPENING_LENGTH = 2 * PageFrames.DESCRIPTION_LENGTH;

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!<>|])");

    private WikiLinks() {
    }

    public static String toMarkdown(String source, Predicate<String> pageExists) {
        StringBuilder out = new StringBuilder(source.length());
        int copied = 0;
        for (MatchResult link : PageStructure.links(source)) {
            PageStructure.Target target = PageStructure.Target.of(link.group(1));
            String replacement = link.group();
            if (target.valid() && target.category()) {
                replacement = "";
            } else if (target.valid()) {
                // A blank label would make a link nobody can see or name, so the title is shown instead.
                String text = link.group(2) == null || link.group(2).isBlank() ? target.title() : link.group(2).strip();
                String path = pageExists.test(target.title()) ? WikiRoutes.page(target.title())
                        : WikiRoutes.edit(target.title());
                // In angle brackets, since a path keeps parentheses (a title may hold just one of them).
                // From the root, so the link leads to the same page from any address it is shown at.
                replacement = "[" + MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1") + "](</" + path + ">)";
            }
            out.append(source, copied, link.start()).append(replacement);
            copied = link.end();
        }
        return out.append(source, copied, source.length()).toString();
    }

    /** The start of the text as a reader reads it, at most {@link #OPENING_LENGTH} characters. */
    public static String opening(String source) {
        String text = plainText(source);
        return text.length() <= OPENING_LENGTH ? text : text.substring(0, OPENING_LENGTH);
    }

    /** The text as a reader reads it, without markup: a link is its label (for excerpts, search and previews). */
    public static String plainText(String source) {
        return PlainText.ofMarkdown(toMarkdown(source, title -> true));
    }
}
