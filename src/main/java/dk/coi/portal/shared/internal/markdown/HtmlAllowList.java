package dk.coi.portal.shared.internal.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for rendered user content (OWASP Java HTML Sanitizer): the elements Markdown produces,
 * links only to http, https and mailto (relative links stay), images only from http and https, no styles,
 * no event handlers. External links get rel="nofollow noopener noreferrer".
 */
public final class HtmlAllowList {

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
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private HtmlAllowList() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
