package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.search.SearchHit;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ways into the landscape on the real database and search index: what each kind of person may start there (by
 * the rules the service enforces), the published cases a page at a time, and published cases (never others) in the
 * portal search by title, summary, organisation and tags.
 */
@PortalTest
class CaseEntryTest {

    @Autowired
    CaseService cases;
    @Autowired
    CasePatrol patrol;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SearchService search;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    /** A word of letters only, unknown to the rest of the index. */
    private static String word(String start) {
        return start + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
    }

    private OrganisationId copenhagen() {
        return organisations.municipalities().stream().filter(municipality -> municipality.code() == 101)
                .findFirst().orElseThrow().id();
    }

    private CaseDraft draft(String title, String summary, String tag) {
        return new CaseDraft(title, summary, copenhagen(), "KL", CaseSector.EMPLOYMENT, 2019, CaseStage.PILOT,
                InnovationType.TECHNOLOGY, "Unge ledige", Novelty.ADAPTED, List.of(), List.of(tag, "sms"),
                "Færre udeblivelser.", "Tre grupper af sagsbehandlere.", "En sms-tjeneste.", "Evaluering 2020.",
                EvidenceLevel.COMPARISON_GROUP, List.of(new CaseResult("Udeblivelser fra samtaler", "%", "8,66",
                        "20 % færre end kontrol", "", "Kontrolgruppe", "2019", "Københavns Kommune", true,
                        LocalDate.of(2031, 1, 1))), TestCaseDrafts.signedInPerson(), "Projektleder", false);
    }

    @Test
    void eachPersonIsOfferedWhatTheServiceLetsThemDo() {
        signedIn.anonymous();
        assertThat(cases.entry()).isEqualTo(new CaseEntry(false, false, false, 0));
        signedIn.newPerson("Bent Borger", Role.CITIZEN);
        assertThat(cases.entry()).isEqualTo(new CaseEntry(true, false, false, 0));
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        assertThat(cases.entry()).isEqualTo(new CaseEntry(true, true, false, 0));
        CaseId waiting = cases.register(draft(word("Ventende "), "En case, der venter på gennemsyn.", "venter"));
        cases.submit(waiting);

        signedIn.newPerson("Stine Staff", Role.COI_STAFF);
        CaseEntry staff = cases.entry();
        assertThat(staff.mayRegister()).isTrue();
        assertThat(staff.mayReview()).isTrue();
        // Waiting for staff: the submitted cases and the published ones their editors changed since staff looked.
        assertThat(staff.waitingForReview()).isEqualTo(cases.reviewQueue().size() + patrol.uncheckedChanges().size())
                .isPositive();
        cases.publish(waiting, cases.screen(waiting).orElseThrow().version());
        assertThat(cases.entry().waitingForReview()).isEqualTo(staff.waitingForReview() - 1);
    }

    @Test
    void thePortalSearchFindsPublishedCasesByTitleSummaryOrganisationAndTagsButNeverOthers() {
        long owner = signedIn.newPerson("Søren Søg", Role.EMPLOYEE);
        String titleWord = word("Caseoverskrift");
        String summaryWord = word("Resumeord");
        String tag = word("mærke").toLowerCase();
        CaseId id = cases.register(draft(titleWord + " med påmindelser", "Unge ledige får " + summaryWord
                + " som sms og i en app.", tag));
        assertThat(search.search(titleWord, 0, 10).hits()).as("a draft is never found").isEmpty();
        cases.submit(id);
        signedIn.newPerson("Sanne Staff", Role.COI_STAFF);
        assertThat(search.search(titleWord, 0, 10).hits()).as("a submitted case neither, not even by staff")
                .isEmpty();
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.as(owner, "Søren Søg", Role.EMPLOYEE);
        cases.register(draft(word("Kladde") + " " + titleWord, "Endnu ikke sendt.", "kladde"));
        signedIn.anonymous();

        String path = cases.screen(id).orElseThrow().path();
        List<SearchHit> byTitle = search.search(titleWord, 0, 10).hits();
        assertThat(byTitle).as("the draft of the same words is not found").singleElement().satisfies(hit -> {
            assertThat(hit.path()).isEqualTo(path);
            assertThat(hit.typeLabelKey()).isEqualTo("search.type.case");
            assertThat(hit.title().html()).contains("<mark>" + titleWord + "</mark>");
            assertThat(hit.context()).isEqualTo(Phrase.of("landscape.search.organisation", "Københavns Kommune"));
        });
        assertThat(search.search(summaryWord, 0, 10).hits()).extracting(SearchHit::path).containsExactly(path);
        assertThat(search.search(tag, 0, 10).hits()).extracting(SearchHit::path).containsExactly(path);
        assertThat(search.search(titleWord + " påmindelse", 0, 10).hits()).as("with Danish stemming")
                .extracting(SearchHit::path).contains(path);
        assertThat(search.search(summaryWord + " Københavns Kommune", 0, 10).hits())
                .as("by its organisation").first().satisfies(hit -> {
                    assertThat(hit.path()).isEqualTo(path);
                    assertThat(hit.snippet().html()).contains("<mark>Københavns</mark>");
                });
    }
}
