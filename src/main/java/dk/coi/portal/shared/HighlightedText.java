package dk.coi.portal.shared;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Plain text with highlighted parts, as a search engine returns it: the parts are delimited by two characters
 * from Unicode's private use area, which the portal removes from every text before it is indexed
 * ({@link #unmarked}). Turning it into HTML escapes the whole text and only then adds {@code <mark>}, so the
 * text can never contribute markup of its own.
 */
public final class HighlightedText {

    public static final String START = "\uE000";
    public static final String END = "\uE001";
    private static final Pattern MARKERS = Pattern.compile("[\uE000\uE001]");

    private HighlightedText() {
    }

    /** The text without highlight markers, for indexing: no content can forge a highlight. */
    public static String unmarked(String text) {
        return text == null ? "" : MARKERS.matcher(text).replaceAll("");
    }

    /** Escaped text with {@code <mark>} around each highlighted part; stray or nested markers are dropped. */
    public static SafeHtml toHtml(String marked) {
        if (marked == null || marked.isEmpty()) {
            return SafeHtml.empty();
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        int from = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START.charAt(0) || c == END.charAt(0)) {
                html.append(HtmlUtils.htmlEscape(marked.substring(from, i), "UTF-8"));
                from = i + 1;
                boolean opens = c == START.charAt(0);
                if (opens != open) {
                    html.append(opens ? "<mark>" : "</mark>");
                    open = opens;
                }
            }
        }
        html.append(HtmlUtils.htmlEscape(marked.substring(from), "UTF-8"));
        if (open) {
            html.append("</mark>");
        }
        return SafeHtml.trusted(html.toString());
    }
}
