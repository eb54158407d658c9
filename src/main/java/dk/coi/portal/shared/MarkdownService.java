package dk.coi.portal.shared;

import dk.coi.portal.shared.internal.markdown.HtmlAllowList;
import org.commonmark.node.Node;
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
            .build();

    /** Renders Markdown for display. Pure function of its input: safe for anyone to call. */
    public SafeHtml render(String markdown) {
        Node document = MarkdownSyntax.parse(markdown);
        ExternalImagesAsLinks.apply(document);
        return SafeHtml.trusted(HtmlAllowList.sanitize(renderer.render(document)));
    }
}
