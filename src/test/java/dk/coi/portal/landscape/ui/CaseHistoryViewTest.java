package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseEditing;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseRevision;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: a case's history offers any two versions to compare (the shared radio columns), shows the fields that
 * changed between them in the reader's language (choices and expected results translated by the screen), and keeps
 * restore for its editors.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class CaseHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private CaseDraft draft(String title, CaseSector sector, int year) {
        return new CaseDraft(title, "Et resumé.", organisations.municipalities().getFirst().id(), "", sector, year,
                CaseStage.PILOT, InnovationType.PROCESS, "", Novelty.FIRST, List.of(), List.of(), "", "", "", "",
                EvidenceLevel.NOT_EVALUATED, List.of(new CaseResult("Udeblivelser", "%", "8,66",
                        year == 2019 ? "6,9" : "7,0", "", "", "", "", true, LocalDate.of(2031, 1, 2))), null, null,
                false);
    }

    @Test
    void anyTwoVersionsAreComparedInTheReadersLanguage() {
        signedIn.newPerson("Olga Ejer", Role.EMPLOYEE);
        String title = "Historik " + UUID.randomUUID().toString().substring(0, 8);
        CaseId id = cases.register(draft(title, CaseSector.EMPLOYMENT, 2019));
        CaseEditing opened = cases.editing(id).orElseThrow();
        cases.edit(id, draft(title, CaseSector.HEALTH, 2019), opened.version());
        cases.edit(id, draft(title, CaseSector.HEALTH, 2020), cases.editing(id).orElseThrow().version());
        List<CaseRevision> versions = cases.history(id, null, null).orElseThrow().revisions();
        long first = versions.getLast().revision();
        long newest = versions.getFirst().revision();

        navigate(CaseRoutes.history(id), CaseHistoryView.class);
        assertThat($(Input.class).all()).extracting(input -> input.getId().orElseThrow())
                .contains("compare-from-" + first, "compare-to-" + newest);
        assertThat($(Button.class).withId("compare-revisions").all()).hasSize(1);
        assertThat($(Button.class).withId("case-restore-" + first).all()).hasSize(1);

        // As the compare button opens it, for any two versions picked.
        Navigation.open(UI.getCurrent(), CaseRoutes.diff(id, first, newest));
        assertThat($(Div.class).withId("case-diff").single().getElement().getTextRecursively())
                .contains("version 1 og 3");
        // The lines of the difference are escaped text with del/ins marks, set as the cells' HTML.
        String lines = String.join("\n", $(Div.class).withClassName("portal-diff-line").all().stream()
                .map(line -> line.getElement().getProperty("innerHTML")).toList());
        assertThat(lines).contains("Beskæftigelse", "Sundhed", "2019", "2020", "forventet, følges op 2. januar 2031")
                .doesNotContain("HEALTH", "EMPLOYMENT");
    }
}
