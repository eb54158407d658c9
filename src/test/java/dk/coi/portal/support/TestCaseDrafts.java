package dk.coi.portal.support;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A plain landscape case that passes every rule, for tests that need cases rather than test their rules. */
public final class TestCaseDrafts {

    private TestCaseDrafts() {
    }

    /**
     * A case that may be submitted and published: its contact is the person signed in ({@link SignedIn}), who may
     * always name themselves, as "Projektleder" (no contact person when nobody is signed in).
     */
    public static CaseDraft draft(String title, String summary, OrganisationId organisation) {
        return new CaseDraft(title, summary, organisation, null, CaseSector.EMPLOYMENT, 2020, CaseStage.PILOT,
                InnovationType.TECHNOLOGY, "Ledige", Novelty.ADAPTED, List.of(), List.of(), "Effekt.", "Proces.",
                "Forudsætninger.", "Dokumentation.", EvidenceLevel.COMPARISON_GROUP, List.of(), signedInPerson(),
                "Projektleder", false);
    }

    /** The draft with other results, the rest as it is. */
    public static CaseDraft withResults(CaseDraft draft, List<CaseResult> results) {
        return changed(draft, draft.organisation(), draft.sector(), results, draft.contactPerson(),
                draft.contactRole());
    }

    /** The draft in another sector, the rest as it is. */
    public static CaseDraft inSector(CaseDraft draft, CaseSector sector) {
        return changed(draft, draft.organisation(), sector, draft.results(), draft.contactPerson(),
                draft.contactRole());
    }

    /** The draft of another organisation, the rest as it is. */
    public static CaseDraft inOrganisation(CaseDraft draft, OrganisationId organisation) {
        return changed(draft, organisation, draft.sector(), draft.results(), draft.contactPerson(),
                draft.contactRole());
    }

    /** The draft started in another year (null: not given), the rest as it is. */
    public static CaseDraft startedIn(CaseDraft draft, Integer year) {
        return new CaseDraft(draft.title(), draft.summary(), draft.organisation(), draft.partners(), draft.sector(),
                year, draft.stage(), draft.innovationType(), draft.targetGroup(), draft.novelty(), draft.links(),
                draft.tags(), draft.effect(), draft.process(), draft.conditions(), draft.documentation(),
                draft.evidenceLevel(), draft.results(), draft.contactPerson(), draft.contactRole(),
                draft.contactPublic());
    }

    /** The draft with other qualification sections (null or blank: not answered), the rest as it is. */
    public static CaseDraft withQualification(CaseDraft draft, String effect, String process, String conditions,
                                              String documentation) {
        return new CaseDraft(draft.title(), draft.summary(), draft.organisation(), draft.partners(), draft.sector(),
                draft.yearStarted(), draft.stage(), draft.innovationType(), draft.targetGroup(), draft.novelty(),
                draft.links(), draft.tags(), effect, process, conditions, documentation, draft.evidenceLevel(),
                draft.results(), draft.contactPerson(), draft.contactRole(), draft.contactPublic());
    }

    /** The draft naming another contact person and role (either null: none), the rest as it is. */
    public static CaseDraft withContact(CaseDraft draft, PersonId person, String role) {
        return changed(draft, draft.organisation(), draft.sector(), draft.results(), person, role);
    }

    private static CaseDraft changed(CaseDraft draft, OrganisationId organisation, CaseSector sector,
                                     List<CaseResult> results, PersonId contact, String role) {
        return new CaseDraft(draft.title(), draft.summary(), organisation, draft.partners(), sector,
                draft.yearStarted(), draft.stage(), draft.innovationType(), draft.targetGroup(), draft.novelty(),
                draft.links(), draft.tags(), draft.effect(), draft.process(), draft.conditions(), draft.documentation(),
                draft.evidenceLevel(), results, contact, role, contact != null && draft.contactPublic());
    }

    /** The person signed in ({@link SignedIn}); null when nobody is. */
    public static PersonId signedInPerson() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(Authentication::getPrincipal).filter(PortalPrincipal.class::isInstance)
                .map(principal -> PersonId.of(((PortalPrincipal) principal).personId())).orElse(null);
    }
}
