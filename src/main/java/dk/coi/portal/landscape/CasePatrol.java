package dk.coi.portal.landscape;

import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.Revisions;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff look over what editors change in published cases, which goes live at once (decision 014, as MediaWiki's
 * patrol): such a case is listed as "changed after publishing" with its changes since staff last looked, until one of
 * them marks it seen. Staff's own changes count as seen.
 */
@Service
public class CasePatrol {

    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final Revisions revisions;

    CasePatrol(CaseRepository cases, OrganisationService organisations, Revisions revisions) {
        this.cases = cases;
        this.organisations = organisations;
        this.revisions = revisions;
    }

    /** The published cases changed by their editors since staff last looked, longest waiting first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<ChangedCase> uncheckedChanges() {
        List<LandscapeCase> changed = cases.findByStatusAndUncheckedSinceIsNotNullOrderByUncheckedSinceAsc(
                CaseStatus.PUBLISHED);
        OrganisationNames names = OrganisationNames.of(organisations, changed);
        return changed.stream()
                .map(found -> new ChangedCase(found.caseId(), found.getTitle(), names.of(found),
                        found.getUncheckedSince(), CaseRoutes.kase(found.caseId(), found.getTitle()),
                        changesPath(found), found.getVersion()))
                .toList();
    }

    /**
     * A staff member has looked at a case's changes; {@code version} is the one listed, and a case changed again
     * since is refused (they must look at that change too). A case another staff member marked meanwhile stays so.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void markSeen(CaseId id, long version) {
        LandscapeCase found = cases.findById(id.value())
                .filter(candidate -> candidate.getStatus() == CaseStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException(Map.of("case", "landscape.case.unknown")));
        if (found.getUncheckedSince() != null && cases.markSeen(found.getId(), version) == 0) {
            throw new InvalidInputException(Map.of("case", "landscape.case.changed-before-decision"));
        }
    }

    /** The case's history, comparing the version staff last saw (the last before the first unseen change) with now. */
    private String changesPath(LandscapeCase found) {
        List<Long> numbers = revisions.revisionsOf(LandscapeCase.class, found.getId()).stream().sorted().toList();
        Map<Long, PortalRevision> stored = revisions.find(numbers);
        Long seen = numbers.stream().filter(number -> stored.containsKey(number)
                && stored.get(number).getTime().isBefore(found.getUncheckedSince())).reduce((first, last) -> last)
                .orElse(null);
        return CaseRoutes.history(found.caseId()) + (seen == null ? "" : "?fra=" + seen + "&til=" + numbers.getLast());
    }
}
