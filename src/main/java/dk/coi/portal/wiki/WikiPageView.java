package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import java.time.Instant;
import java.util.List;

/**
 * A page as readers see it: its Markdown source, the rendered HTML, who edited it last (credited with their
 * workplace when known; null once erased), its categories and its stewardship state. A deleted page's text is
 * only given to staff; a redirect names its target. Its headings link to themselves and are listed for the table of
 * contents ({@link Sections}). Its opening is the start of its text as a reader reads it, without markup, for
 * descriptions and link previews (at most 400 characters).
 */
public record WikiPageView(long id, String title, String content, SafeHtml html, String opening, long version,
                           long revision,
                           String lastEditor, Instant lastEdited, List<String> categories,
                           PageProtection protection, boolean reviewRequired, boolean deleted,
                           String redirectTarget, List<Sections.Heading> headings) {

    public String path() {
        return WikiTitles.path(title);
    }

    public boolean isRedirect() {
        return redirectTarget != null;
    }

    public boolean moveNeedsStaff() {
        return PageProtection.moveNeedsStaff(protection, reviewRequired);
    }
}
