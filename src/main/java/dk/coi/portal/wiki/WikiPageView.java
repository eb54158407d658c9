package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;

/** A page as readers see it: its Markdown source, the rendered HTML and who edited it last (null once erased). */
public record WikiPageView(long id, String title, String content, SafeHtml html, long version,
                           String lastEditor, Instant lastEdited) {

    public String path() {
        return WikiTitles.path(title);
    }
}
