package dk.coi.portal.landscape;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.organisation.OrganisationId;
import java.util.List;

/**
 * A case as its form sends it (registered or edited): basics, qualification (four Markdown sections and the evidence
 * level), structured results in order, and the contact person (a person of the portal, their role, and whether their
 * name may be shown to everyone). Nulls are allowed here; the service refuses what is missing.
 */
public record CaseDraft(String title, String summary, OrganisationId organisation, String partners, CaseSector sector,
                        Integer yearStarted, CaseStage stage, InnovationType innovationType, String targetGroup,
                        Novelty novelty, List<String> links, List<String> tags, String effect, String process,
                        String conditions, String documentation, EvidenceLevel evidenceLevel, List<CaseResult> results,
                        PersonId contactPerson, String contactRole, boolean contactPublic) {

    /** The earliest year a case may have started in. */
    public static final int FIRST_YEAR_STARTED = 1950;

    public CaseDraft {
        links = links == null ? List.of() : List.copyOf(links);
        tags = tags == null ? List.of() : List.copyOf(tags);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
