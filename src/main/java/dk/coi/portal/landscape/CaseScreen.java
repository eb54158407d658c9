package dk.coi.portal.landscape;

import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.List;

/**
 * A case as its page shows it to the current person, in one read: every field readably (the four qualification
 * sections rendered), the results in order, its review state (staff's comment is shown to its editors only), when
 * it was last confirmed up to date, what the person may do, and the version read (staff's decision on it is refused
 * once it changed), the idea storm's idea it was made from ({@code origin}, null for most cases), and whether it
 * names a contact person and their role ({@code hasContact}) and answers all four qualification sections
 * ({@code qualified}); without them it is neither submitted nor published.
 */
public record CaseScreen(CaseId id, String title, String summary, OrganisationSummary organisation,
                         Municipality municipality, String partners, CaseSector sector, int yearStarted,
                         CaseStage stage, InnovationType innovationType, String targetGroup, Novelty novelty,
                         List<String> links, List<String> tags, SafeHtml effect, SafeHtml process, SafeHtml conditions,
                         SafeHtml documentation, EvidenceLevel evidenceLevel, List<CaseResult> results,
                         CaseContact contact, CaseStatus status, String staffComment, Instant publishedAt,
                         Instant confirmedAt, String path, CaseActions actions, long version, CaseOrigin origin,
                         boolean hasContact, boolean qualified) {

    public CaseScreen {
        links = List.copyOf(links);
        tags = List.copyOf(tags);
        results = List.copyOf(results);
    }

    public String editPath() {
        return CaseRoutes.edit(id);
    }

    public String historyPath() {
        return CaseRoutes.history(id);
    }
}
