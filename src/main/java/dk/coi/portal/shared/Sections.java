package dk.coi.portal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A rendered text's sections, as MediaWiki shows a page's: each heading (whose id {@link MarkdownService} gave it)
 * is followed on its line by a visible "§" link to itself, and the headings are listed for a table of contents,
 * which a text with {@link #CONTENTS_FROM} or more of them shows. The links name
 * the page's own address, not only the fragment, as Vaadin's pages resolve a bare "#…" against the portal's root.
 */
public record Sections(SafeHtml html, List<Heading> headings) {

    /**
     * The element whose words (e.g. "Afsnit") name every "§" link together with its heading's words:
     * the rendered text stays the same in every language, and the page says the words once in the reader's.
     */
    public static final String LINK_LABEL_ID = "section-link-label";
    /** The table of contents' heading, which names it. */
    public static final String CONTENTS_TITLE_ID = "table-of-contents-title";

    /** A text with this many headings or more gets a table of contents, as on MediaWiki (which starts at four). */
    public static final int CONTENTS_FROM = 3;

    private static final Pattern HEADING = Pattern.compile(
            "<h([1-6]) id=\"(" + HeadingIds.PREFIX + "[^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HEADING_ID = Pattern.compile("(?<=<h[1-6]) id=\"" + HeadingIds.PREFIX + "[^\"]*\"");

    /** One heading: its level (1–6), its words and the address of its section. */
    public record Heading(int level, String text, String href) {
    }

    /** The headings of sanitised HTML with their "§" links, which lead to {@code pagePath} (e.g. /wiki/Forside). */
    public static Sections of(SafeHtml html, String pagePath) {
        List<Heading> headings = new ArrayList<>();
        Matcher heading = HEADING.matcher(html.html());
        StringBuilder linked = new StringBuilder();
        while (heading.find()) {
            String text = HtmlUtils.htmlUnescape(TAG.matcher(heading.group(3)).replaceAll("")).strip();
            // The id stands as the sanitiser wrote it, so it goes into the address as it is.
            String href = HtmlUtils.htmlEscape(pagePath, "UTF-8") + "#" + heading.group(2);
            headings.add(new Heading(Integer.parseInt(heading.group(1)), text, HtmlUtils.htmlUnescape(href)));
            // Beside the heading, not in it: in it, the link's name would be read as part of the heading's.
            heading.appendReplacement(linked, Matcher.quoteReplacement("<div class=\"portal-heading\">"
                    + heading.group() + "<a class=\"portal-section-link\" href=\"" + href + "\" aria-labelledby=\""
                    + LINK_LABEL_ID + " " + heading.group(2) + "\">§</a></div>"));
        }
        heading.appendTail(linked);
        return new Sections(headings.isEmpty() ? html : SafeHtml.trusted(linked.toString()), List.copyOf(headings));
    }

    /**
     * The text without its headings' ids, for texts shown many to a page (a talk page's comments): there the same
     * heading in two comments would give two elements one id, and nothing links to a comment's sections.
     */
    public static SafeHtml withoutHeadingIds(SafeHtml html) {
        return SafeHtml.trusted(HEADING_ID.matcher(html.html()).replaceAll(""));
    }

    /** Whether the text is long enough for a table of contents. */
    public boolean hasContents() {
        return headings.size() >= CONTENTS_FROM;
    }
}
