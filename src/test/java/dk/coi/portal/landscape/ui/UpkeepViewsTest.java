package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseEditors;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the case page shows its co-editors to its editors, with add and remove for the owner only; staff reach
 * the stale cases from the review queue, and others are told who follows them up.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class UpkeepViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;
    @Autowired
    CaseEditors editors;
    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void theOwnerChoosesCoEditorsOnTheCasePageWhichCoEditorsOnlySee() {
        TestPerson colleague = signedIn.signUpEmployee("Kira Kollega");
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(new CaseDraft("Medredaktører " + UUID.randomUUID().toString().substring(0, 8),
                "Et resumé.", organisations.municipalities().getFirst().id(), "", CaseSector.EMPLOYMENT, 2020,
                CaseStage.PILOT, InnovationType.PROCESS, "", Novelty.FIRST, List.of(), List.of(), "", "", "", "",
                EvidenceLevel.NOT_EVALUATED, List.of(), null, null, false));
        editors.add(id, PersonId.of(colleague.id()));
        String page = CaseRoutes.kase(id, cases.screen(id).orElseThrow().title());

        navigate(page, CaseView.class);
        assertThat($(Section.class).withId("case-editors").single().getElement().getTextRecursively())
                .contains("Medredaktører", "Kira Kollega");
        assertThat($(Button.class).withId("case-editor-remove-" + colleague.id()).all()).hasSize(1);
        assertThat($(ComboBox.class).withId("case-editor-person").all()).hasSize(1);

        signedIn.as(colleague, Role.EMPLOYEE);
        navigate(page, CaseView.class);
        assertThat($(Section.class).withId("case-editors").all()).hasSize(1);
        assertThat($(Button.class).withId("case-editor-remove-" + colleague.id()).all()).isEmpty();
        assertThat($(ComboBox.class).withId("case-editor-person").all()).isEmpty();
    }

    @Test
    void staffReachTheStaleCasesFromTheQueueAndOthersAreToldWhoFollowsThemUp() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);
        navigate(StaleCasesView.class);
        assertThat($(Div.class).withId("case-refusal").single().getElement().getTextRecursively())
                .contains("COI's medarbejdere, der følger op på cases");

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        navigate(CaseReviewView.class);
        assertThat($(Anchor.class).withId("case-review-stale").single().getHref()).isEqualTo("/" + CaseRoutes.STALE);
        navigate(StaleCasesView.class);
        assertThat($(Div.class).withId("case-refusal").all()).isEmpty();
    }
}
