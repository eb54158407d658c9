package dk.coi.portal.shared;

import dk.coi.portal.shared.internal.markdown.HtmlAllowList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Service;

/**
 * User content in Markdown (CommonMark with tables) rendered on the server. Raw HTML in the source is shown
 * as text, and the rendered HTML then passes an allow-list sanitiser, so no script, event handler or
 * unsafe URL ({@code javascript:}, {@code data:} …) survives.
 */
@Service
public class MarkdownService {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** Renders Markdown for display. Pure function of its input: safe for anyone to call. */
    public SafeHtml render(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return new SafeHtml(HtmlAllowList.sanitize(html));
    }
}
