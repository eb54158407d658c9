package dk.coi.portal.shared.internal.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rendered user content (OWASP Java HTML Sanitizer): the elements Markdown produces,
 * links only to http, https and mailto (relative links stay), images only from http and https, no styles,
 * no event handlers, no ids but the headings' own ({@code afsnit-…}). External links get
 * rel="nofollow noopener noreferrer"; links within the portal (from its root)
 * do not, so search engines follow them.
 */
public final class HtmlAllowList {

    private static final String EXTERNAL_RELS = " rel=\"nofollow noopener noreferrer\"";
    /**
     * A sanitised link to an address on the portal itself: from its root, and a word character next, so never "//",
     * "/\\" or a character a browser drops on the way to another host.
     */
    private static final Pattern INTERNAL_LINK = Pattern.compile(
            "(<a href=\"/[\\w%][^\"\\\\\\s]*\"(?: title=\"[^\"]*\")?)" + Pattern.quote(EXTERNAL_RELS));
    private static final Pattern HEADING_ID = Pattern.compile("afsnit-[\\p{L}\\p{N}_.-]{1,110}");
    private static final Pattern TABLE_ALIGN = Pattern.compile("(?i)left|right|center");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code",
                    "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(TABLE_ALIGN).onElements("th", "td")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("table")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            // The ids the renderer gives headings (HeadingIds), under a prefix no id of the portal's own starts with.
            .allowAttributes("id").matching(HEADING_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private HtmlAllowList() {
    }

    public static String sanitize(String html) {
        // The sanitiser requires the rels on every link; they are taken off the portal's own links afterwards.
        return INTERNAL_LINK.matcher(POLICY.sanitize(html)).replaceAll("$1");
    }
}
