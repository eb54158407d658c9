package dk.coi.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the signed-in list of organisations has one address per list, as the reading page has (an empty field
 * of the form is left out of it), and finds a name in its other Danish spelling; an organisation's page offers adding a
 * unit only to those who may.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class OrganisationListViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void anEmptyFieldIsLeftOutOfTheAddressAndAnotherDanishSpellingFindsTheName() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);

        UI.getCurrent().navigate("organisationer", QueryParameters.simple(
                Map.of("q", "Århus", "type", "kommune", "region", "", "side", "1")));

        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).startsWith("organisationer?").contains("type=kommune").doesNotContain("region", "side");
        assertThat($(Paragraph.class).withId("organisations-count").single().getText()).isEqualTo("1 organisation");
    }

    /** The trial's finding: "Tilføj en enhed" was offered to people who may not add one. Only employees add units. */
    @Test
    void onlyAPublicEmployeeIsOfferedToAddAUnit() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);
        String copenhagen = organisations.search("Københavns Kommune").getFirst().path();
        navigate(copenhagen, OrganisationView.class);
        assertThat($(Anchor.class).withId("organisation-add-unit").all()).as("a citizen").isEmpty();

        signedIn.newPerson("Erna Ansat", Role.EMPLOYEE);
        navigate(copenhagen, OrganisationView.class);
        assertThat($(Anchor.class).withId("organisation-add-unit").all()).as("an employee").hasSize(1);
    }
}
