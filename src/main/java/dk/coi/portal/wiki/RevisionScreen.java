package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import java.util.List;

/**
 * A page as it was in one revision, as MediaWiki's old-version view shows it: the revision described (date, named
 * author, summary, size), its text rendered, and the revisions a reader steps to — the one before ({@code older},
 * 0 for the page's first), the one after ({@code newer}, 0 when this is the current one) and the current one; its
 * headings link to their sections on this revision's page.
 */
public record RevisionScreen(String title, HistoryLine revision, SafeHtml html, long older, long newer,
                             long current, List<Sections.Heading> headings) {

    public boolean isCurrent() {
        return revision.revision() == current;
    }

    public boolean hasOlder() {
        return older > 0;
    }

    public boolean hasNewer() {
        return newer > 0;
    }
}
