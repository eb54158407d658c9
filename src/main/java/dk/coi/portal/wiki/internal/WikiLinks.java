package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiTitles;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns MediaWiki-style links, {@code [[Side]]} and {@code [[Side|tekst]]}, into Markdown links before
 * rendering. A link to a page that does not exist leads to its editor ("red link").
 */
public final class WikiLinks {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,255})(?:\\|([^\\[\\]\\n]{1,255}))?]]");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!<>|])");

    private WikiLinks() {
    }

    public static String toMarkdown(String source, Predicate<String> pageExists) {
        Matcher matcher = LINK.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String title = WikiTitles.normalize(matcher.group(1));
            String text = matcher.group(2) == null ? title : matcher.group(2).strip();
            String replacement = matcher.group();
            if (WikiTitles.problem(title).isEmpty()) {
                String target = WikiTitles.path(title) + (pageExists.test(title) ? "" : "/rediger");
                replacement = "[" + MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1") + "](" + target + ")";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
