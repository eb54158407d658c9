package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the landscape's screens offer each person what the service lets them do. A citizen opening the
 * registration form, the review queue or a case's edit form is told who may and what to do instead (not "page not
 * found"), and is never offered to register; an employee is, staff also see how many cases wait for review.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class LandscapeViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private boolean has(String id) {
        return !$(Anchor.class).withId(id).all().isEmpty();
    }

    private String refusal() {
        return $(Div.class).withId("case-refusal").single().getElement().getTextRecursively();
    }

    @Test
    void aCitizenIsToldWhoRegistersCasesInsteadOfADeadEnd() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);
        CaseCard published = cases.publishedCards().getFirst();

        navigate(CaseListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Innovationslandskabet");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(published.path());
        assertThat(has("cases-register")).as("no offer to register").isFalse();
        assertThat(has("cases-review")).isFalse();
        assertThat(has("cases-mine")).as("no list of own cases they cannot have").isFalse();
        assertThat($(Paragraph.class).withId("cases-employees-only").single().getText())
                .contains("registreres af offentligt ansatte");

        navigate(NewCaseView.class);
        assertThat($(CaseForm.class).all()).isEmpty();
        assertThat(refusal()).contains("Cases registreres af offentligt ansatte", "organisationskonto");
        assertThat($(Anchor.class).withId("case-refusal-back").single().getHref()).isEqualTo("landskab");

        navigate(CaseReviewView.class);
        assertThat(refusal()).contains("COI's medarbejdere, der gennemser cases");

        navigate(MyCasesView.class);
        assertThat(has("case-register")).isFalse();
        assertThat(refusal()).contains("Cases registreres af offentligt ansatte");

        navigate("landskab/" + published.id().value() + "/rediger", EditCaseView.class);
        assertThat($(CaseForm.class).all()).isEmpty();
        assertThat(refusal()).contains("Cases redigeres af de offentligt ansatte");
    }

    @Test
    void anEmployeeIsOfferedToRegisterAndStaffSeeTheReviewQueueWithItsCount() {
        signedIn.newPerson("Erna Ansat", Role.EMPLOYEE);
        navigate(CaseListView.class);
        assertThat(has("cases-register")).isTrue();
        assertThat(has("cases-review")).isFalse();
        assertThat($(Paragraph.class).withId("cases-employees-only").all()).isEmpty();
        navigate(MyCasesView.class);
        assertThat(has("case-register")).isTrue();
        navigate(NewCaseView.class);
        assertThat($(CaseForm.class).all()).hasSize(1);

        signedIn.newPerson("Steen Staff", Role.COI_STAFF);
        navigate(CaseListView.class);
        assertThat($(Anchor.class).withId("cases-review").single().getText())
                .isEqualTo("Til gennemsyn (" + cases.reviewQueue().size() + ")");
    }
}
