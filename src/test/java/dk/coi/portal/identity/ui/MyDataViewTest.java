package dk.coi.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.internal.KeycloakSignIns;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: Min side offers a Keycloak login without a vouched-for e-mail to link its local account. */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    KeycloakSignIns keycloak;
    @Autowired
    PersonService people;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void aKeycloakLoginLinksItsLocalAccountWithThePasswordAndIsThenThatPerson() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        keycloak.signIn("min-side-" + UUID.randomUUID(), local.email(), false);
        navigate(MyDataView.class);

        test($view(EmailField.class).id("link-email")).setValue(local.email());
        test($view(PasswordField.class).id("link-password")).setValue("forkert adgangskode");
        test($view(Button.class).id("link-submit")).click();
        PasswordField password = $view(PasswordField.class).id("link-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("E-mail og adgangskode passer ikke til en lokal konto");

        test(password).setValue("Mange grønne æbler i kurven");
        test($view(Button.class).id("link-submit")).click();
        assertThat(people.currentPerson().orElseThrow().id()).isEqualTo(local.id());
    }

    @Test
    void aLocalSignInIsNotOfferedTheLink() {
        TestPerson local = signedIn.signUp("Birgitte Borger");
        signedIn.as(local, Role.CITIZEN);
        navigate(MyDataView.class);

        assertThat($view(Section.class).all()).noneMatch(section -> "link-local-account".equals(
                section.getId().orElse("")));
    }
}
