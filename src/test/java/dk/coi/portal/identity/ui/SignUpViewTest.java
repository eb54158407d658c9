package dk.coi.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import java.util.UUID;

/**
 * Browserless: sign-up shows the server's translated messages next to the right fields, and tells a signed-in
 * person that they are signed in.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonService people;

    @BeforeEach
    void anonymousVisitor() {
        signedIn.anonymous();
    }

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void aTakenEmailAndMismatchedPasswordsAreExplainedAtTheirFields() {
        navigate(SignUpView.class);
        TextField name = $view(TextField.class).id("signup-name");
        EmailField email = $view(EmailField.class).id("signup-email");
        PasswordField password = $view(PasswordField.class).id("signup-password");
        PasswordField repeat = $view(PasswordField.class).id("signup-repeat");
        Button submit = $view(Button.class).id("signup-submit");

        test(name).setValue("Kim Kopi");
        test(email).setValue("coi@demo.coi.dk");
        test(password).setValue("Syv søde sommerfugle i Svendborg");
        test(repeat).setValue("Noget helt andet");
        test(submit).click();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("De to adgangskoder er ikke ens.");

        test(repeat).setValue("Syv søde sommerfugle i Svendborg");
        test(submit).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Der findes allerede en konto med den e-mailadresse.");
        assertThat(repeat.isInvalid()).isFalse();
    }

    @Test
    void aSignedInPersonIsToldAsWhomInsteadOfGettingTheForm() {
        signedIn.as(1, "Birgitte Borger", Role.CITIZEN);
        navigate(SignUpView.class);

        assertThat($view(Paragraph.class).id("signup-signed-in").getText())
                .startsWith("Du er allerede logget ind som Birgitte Borger");
        assertThat($view(TextField.class).all()).isEmpty();
        assertThat($view(Button.class).all()).noneMatch(button -> "signup-submit".equals(button.getId().orElse("")));
    }

    @Test
    void aSubmitAfterSigningInElsewhereSaysSoAndCreatesNoAccount() {
        navigate(SignUpView.class);
        String address = "sen-" + UUID.randomUUID() + "@example.dk";
        test($view(TextField.class).id("signup-name")).setValue("Kim Kapløb");
        test($view(EmailField.class).id("signup-email")).setValue(address);
        test($view(PasswordField.class).id("signup-password")).setValue("Syv søde sommerfugle i Svendborg");
        test($view(PasswordField.class).id("signup-repeat")).setValue("Syv søde sommerfugle i Svendborg");

        signedIn.as(1, "Birgitte Borger", Role.CITIZEN);   // in another tab, while the form stood open
        test($view(Button.class).id("signup-submit")).click();

        assertThat($view(Paragraph.class).id("signup-signed-in").getText())
                .startsWith("Kontoen blev ikke oprettet, fordi du i mellemtiden er logget ind som Birgitte Borger");
        assertThat($view(TextField.class).all()).isEmpty();
        assertThat(people.localAccountId(address)).isEmpty();
    }
}
