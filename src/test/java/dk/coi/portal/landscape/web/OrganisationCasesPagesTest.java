package dk.coi.portal.landscape.web;

import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationPage;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register's pages list an organisation's published cases through its contribution point, the register knowing
 * nothing of cases: on the organisation's reading page and its read model, and under the unit among the innovation
 * units; a draft is on neither.
 */
@PortalTest
class OrganisationCasesPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    CaseService cases;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private CaseId register(OrganisationId unit, String title) {
        return cases.register(new CaseDraft(title, "Borgerne får svar samme dag.", unit, "", CaseSector.EMPLOYMENT,
                2021, CaseStage.IMPLEMENTED, InnovationType.SERVICE, "", Novelty.FIRST, List.of(), List.of(),
                "Svar samme dag.", "Afprøvet i ét team.", "En fælles postkasse.", "Teamets opgørelse.",
                EvidenceLevel.QUALITATIVE, List.of(),
                TestCaseDrafts.signedInPerson(), "Leder", false));
    }

    @Test
    void anInnovationUnitsPublishedCasesAreOnItsPageAndAmongTheUnits() throws Exception {
        signedIn.anonymous();
        OrganisationId aarhus = organisations.search("Aarhus Kommune").getFirst().id();
        signedIn.newPerson("Ester Enhed", Role.EMPLOYEE);
        String name = "Innovationslab " + UUID.randomUUID().toString().substring(0, 6);
        OrganisationId unit = organisations.addUnit(new NewUnit(name, aarhus, null));
        CaseId published = register(unit, "Svar samme dag " + UUID.randomUUID().toString().substring(0, 6));
        CaseId draft = register(unit, "Kladde " + UUID.randomUUID().toString().substring(0, 6));
        cases.submit(published);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(published, cases.screen(published).orElseThrow().version());
        stewardship.markInnovationUnit(unit, true);
        String publishedTitle = cases.screen(published).orElseThrow().title();
        String draftTitle = cases.screen(draft).orElseThrow().title();
        String casePath = cases.screen(published).orElseThrow().path();

        signedIn.anonymous();
        OrganisationPage page = organisations.page(unit).orElseThrow();
        assertThat(page.sections()).singleElement().satisfies(section -> {
            assertThat(section.headingKey()).isEqualTo("landscape.organisation.cases");
            assertThat(section.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.title()).isEqualTo(publishedTitle);
                assertThat(entry.path()).isEqualTo(casePath);
                assertThat(entry.text()).isEqualTo("Borgerne får svar samme dag.");
            });
        });
        assertThat(organisations.page(aarhus).orElseThrow().sections()).allSatisfy(section -> assertThat(
                section.entries()).noneMatch(entry -> entry.title().equals(publishedTitle)));

        String html = readablePage(port, "/" + page.path());
        assertThat(html).containsSubsequence("<h2 id=\"organisation-cases-heading\">Cases</h2>",
                "<ul id=\"organisation-cases\">", "<a href=\"/" + casePath + "\">" + publishedTitle + "</a>",
                "<p>Borgerne får svar samme dag.</p>").doesNotContain(draftTitle);

        String units = readablePage(port, "/organisationer/innovationsenheder");
        assertThat(units).containsSubsequence("<h2 id=\"innovation-units-work-heading\">Innovationsenhedernes cases",
                ">" + name + "</a></h3>", "<ul id=\"organisation-cases-" + unit.value() + "\">",
                ">" + publishedTitle + "</a>").doesNotContain(draftTitle);
    }
}
