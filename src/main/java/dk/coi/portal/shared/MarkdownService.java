package dk.coi.portal.shared;

import dk.coi.portal.shared.internal.markdown.HtmlAllowList;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.springframework.beans.factory.annotation.Value;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Service;

/**
 * User content in Markdown (CommonMark with tables) rendered on the server. Raw HTML in the source is shown
 * as text, and the rendered HTML then passes an allow-list sanitiser, so no script, event handler or
 * unsafe URL ({@code javascript:}, {@code data:} …) survives.
 */
@Service
public class MarkdownService {

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(MarkdownSyntax.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            // A table wider than a phone scrolls within itself (the theme); keyboard users reach it to scroll.
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof TableBlock) {
                    attributes.put("tabindex", "0");
                }
            })
            // Headings get ids to link to (Sections adds the links and the table of contents); fresh per text.
            .attributeProviderFactory(context -> new HeadingIds())
            .build();

    /**
     * Rendered texts by their SHA-256: rendering is a pure function of the text, and a large text costs seconds, so
     * a text read again (a page view, a talk page) is rendered once. Bounded by the size of the HTML kept.
     */
    private final Cache<String, SafeHtml> rendered;

    MarkdownService(@Value("${portal.markdown.cache-characters:30000000}") long cacheCharacters) {
        this.rendered = Caffeine.newBuilder().maximumWeight(cacheCharacters)
                .weigher((String key, SafeHtml html) -> key.length() + html.html().length()).build();
    }

    /** Renders Markdown for display. Pure function of its input: safe for anyone to call. */
    public SafeHtml render(String markdown) {
        String text = markdown == null ? "" : markdown;
        return rendered.get(fingerprint(text), key -> renderNow(text));
    }

    private SafeHtml renderNow(String markdown) {
        Node document = MarkdownSyntax.parse(markdown);
        ExternalImagesAsLinks.apply(document);
        return SafeHtml.trusted(HtmlAllowList.sanitize(renderer.render(document)));
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
