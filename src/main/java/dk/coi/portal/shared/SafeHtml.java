package dk.coi.portal.shared;

import java.util.Objects;
import org.springframework.web.util.HtmlUtils;

/**
 * HTML that is safe to put into a page: either the output of the portal's allow-list sanitiser
 * ({@link MarkdownService}), or escaped text whose only markup the portal added itself (highlights, diff marks).
 * It cannot be made from arbitrary HTML outside this package, and only this type reaches the page as HTML
 * (through {@code dk.coi.portal.shared.ui.SafeHtmlContent}).
 */
public final class SafeHtml {

    private static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /** HTML that the allow-list sanitiser or this package's own escaping produced. */
    static SafeHtml trusted(String html) {
        return html.isEmpty() ? EMPTY : new SafeHtml(html);
    }

    /** Plain text shown as text: every character that means something in HTML is escaped. */
    public static SafeHtml escaped(String text) {
        return trusted(text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8"));
    }

    public static SafeHtml empty() {
        return EMPTY;
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
