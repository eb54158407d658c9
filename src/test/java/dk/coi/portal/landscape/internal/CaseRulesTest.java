package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.TestCaseDrafts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case's content rules without the database: normalising, links, tags, results. */
class CaseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static CaseDraft draft(List<String> links, List<String> tags, List<CaseResult> results, int year) {
        return new CaseDraft("  Sms  til unge ", "Resumé\r\n", OrganisationId.of(6), "", CaseSector.EMPLOYMENT, year,
                CaseStage.PILOT, InnovationType.SERVICE, " ", Novelty.FIRST, links, tags, "", null, " ", null,
                EvidenceLevel.QUALITATIVE, results, null, "", true);
    }

    @Test
    void textsAreNormalisedAndEmptyOnesLeftOut() {
        CaseRules.Checked checked = CaseRules.check(draft(List.of(" https://kk.dk/a ", "", "https://kk.dk/a"),
                List.of(" SMS", "sms ", "Unge"), List.of(new CaseResult("Fravær", "%", "8,66", "",
                        "", "", "", "", false, LocalDate.of(2030, 1, 1))), 2026), TODAY);
        assertThat(checked.title()).isEqualTo("Sms til unge");
        assertThat(checked.summary()).isEqualTo("Resumé");
        assertThat(checked.partners()).isNull();
        assertThat(checked.targetGroup()).isNull();
        assertThat(checked.effect()).isNull();
        assertThat(checked.links()).containsExactly("https://kk.dk/a");
        assertThat(checked.tags()).containsExactly("sms", "unge");
        assertThat(checked.results()).singleElement().satisfies(result -> assertThat(result.followUp()).isNull());
        assertThat(checked.contactPublic()).isFalse();
    }

    /** Before (a trial): the form's empty result line was dropped on saving without a word. */
    @Test
    void anEmptyResultIsRefusedAtItsMetric() {
        assertThatThrownBy(() -> CaseRules.check(draft(List.of(), List.of(), List.of(CaseResult.empty()), 2026),
                TODAY)).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.fieldMessageKeys()).containsExactly(Map.entry("results.0.metric",
                        "landscape.result.empty")));
    }

    @Test
    void onlyWholeWebAddressesAreLinks() {
        assertThat(CaseRules.isWebAddress("https://www.kk.dk/sms?x=1")).isTrue();
        assertThat(CaseRules.isWebAddress("http://star.dk")).isTrue();
        assertThat(CaseRules.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(CaseRules.isWebAddress("ftp://kk.dk")).isFalse();
        assertThat(CaseRules.isWebAddress("https://localhost")).isFalse();
        assertThat(CaseRules.isWebAddress("https://user:pw@kk.dk")).isFalse();
        assertThat(CaseRules.isWebAddress("kk.dk")).isFalse();
    }

    @Test
    void aYearAheadAndAResultWithoutItsMetricOrUnitAreRefusedTogether() {
        assertThatThrownBy(() -> CaseRules.check(draft(List.of(), List.of(), List.of(new CaseResult("", "", "3", "",
                "", "", "", "", true, null)), 2027), TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("yearStarted", "landscape.case.yearStarted.future")
                        .containsEntry("results.0.metric", "landscape.result.metric.required")
                        .containsEntry("results.0.unit", "landscape.result.unit.required")
                        .containsEntry("results.0.followUp", "landscape.result.followUp.required"));
    }

    /** Before (a trial): the form's year said nothing of what was wrong. Each problem has its own message. */
    @Test
    void theYearStartedIsRequiredNotAheadAndNotBeforeTheFirstYear() {
        assertThat(CaseRules.check(draft(List.of(), List.of(), List.of(), CaseDraft.FIRST_YEAR_STARTED), TODAY)
                .yearStarted()).isEqualTo(CaseDraft.FIRST_YEAR_STARTED);
        assertThat(CaseRules.check(draft(List.of(), List.of(), List.of(), TODAY.getYear()), TODAY).yearStarted())
                .isEqualTo(TODAY.getYear());
        assertYearRefused(CaseDraft.FIRST_YEAR_STARTED - 1, "landscape.case.yearStarted.too-early");
        assertYearRefused(TODAY.getYear() + 1, "landscape.case.yearStarted.future");
        assertYearRefused(null, "landscape.case.yearStarted.required");
    }

    private static void assertYearRefused(Integer year, String key) {
        CaseDraft given = draft(List.of(), List.of(), List.of(), 2020);
        CaseDraft draft = TestCaseDrafts.startedIn(given, year);
        assertThatThrownBy(() -> CaseRules.check(draft, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("yearStarted", key));
    }

    @Test
    void theQualificationMissingIsNamedBySection() {
        assertThat(CaseRules.missingQualification("Virkning.", " ", null, "Rapport.", "required")).isEqualTo(
                Map.of("process", "landscape.case.process.required",
                        "conditions", "landscape.case.conditions.required"));
        assertThat(CaseRules.missingQualification("a", "b", "c", "d", "publish")).isEmpty();
    }
}
