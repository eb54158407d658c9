package dk.coi.portal.support;

import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationId;
import java.util.List;

/** A plain landscape case that passes every rule, for tests that need cases rather than test their rules. */
public final class TestCaseDrafts {

    private TestCaseDrafts() {
    }

    public static CaseDraft draft(String title, String summary, OrganisationId organisation) {
        return new CaseDraft(title, summary, organisation, null, CaseSector.EMPLOYMENT, 2020, CaseStage.PILOT,
                InnovationType.TECHNOLOGY, "Ledige", Novelty.ADAPTED, List.of(), List.of(), "Effekt.", "Proces.",
                "Forudsætninger.", "Dokumentation.", EvidenceLevel.COMPARISON_GROUP, List.of(), null, "Projektleder",
                false);
    }

    /** The draft with other results, the rest as it is. */
    public static CaseDraft withResults(CaseDraft draft, List<CaseResult> results) {
        return changed(draft, draft.sector(), results);
    }

    /** The draft in another sector, the rest as it is. */
    public static CaseDraft inSector(CaseDraft draft, CaseSector sector) {
        return changed(draft, sector, draft.results());
    }

    private static CaseDraft changed(CaseDraft draft, CaseSector sector, List<CaseResult> results) {
        return new CaseDraft(draft.title(), draft.summary(), draft.organisation(), draft.partners(), sector,
                draft.yearStarted(), draft.stage(), draft.innovationType(), draft.targetGroup(), draft.novelty(),
                draft.links(), draft.tags(), draft.effect(), draft.process(), draft.conditions(), draft.documentation(),
                draft.evidenceLevel(), results, draft.contactPerson(), draft.contactRole(), draft.contactPublic());
    }
}
