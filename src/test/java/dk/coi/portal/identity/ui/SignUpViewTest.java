package dk.coi.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** Browserless: sign-up shows the server's translated messages next to the right fields. */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class SignUpViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

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
}
