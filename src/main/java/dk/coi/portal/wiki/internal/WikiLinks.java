package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiTitles;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns MediaWiki-style links, {@code [[Side]]} and {@code [[Side|tekst]]}, into Markdown links before
 * rendering. A link to a page that does not exist leads to its editor ("red link"). Category markers
 * ({@code [[Kategori:X]]}) are listed under the page instead of in the text.
 */
public final class WikiLinks {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!<>|])");

    private WikiLinks() {
    }

    public static String toMarkdown(String source, Predicate<String> pageExists) {
        Matcher matcher = PageStructure.LINK.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            PageStructure.Target target = PageStructure.Target.of(matcher.group(1));
            String replacement = matcher.group();
            if (target.valid() && target.category()) {
                replacement = "";
            } else if (target.valid()) {
                String text = matcher.group(2) == null ? target.title() : matcher.group(2).strip();
                String path = WikiTitles.path(target.title()) + (pageExists.test(target.title()) ? "" : "/rediger");
                replacement = "[" + MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1") + "](" + path + ")";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
