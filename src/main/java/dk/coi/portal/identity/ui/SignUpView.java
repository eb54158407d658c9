package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SignUpRequest;
import dk.coi.portal.identity.internal.SignUpRules;
import dk.coi.portal.shared.TranslatedPageTitle;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Citizens create a local account: name, e-mail and password, and are then signed in and back on the page
 * they came from. A signed-in person is told they are signed in (and as whom) instead of getting the form,
 * also when they signed in elsewhere while filling it in.
 */
@Route(SignUpView.ROUTE)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    static final String ROUTE = "opret-konto";

    private final PersonService people;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private Component[] signUpForm = {};

    SignUpView(PersonService people) {
        this.people = people;
        addClassName("portal-narrow");
        add(new H1(getTranslation("signup.title")));
        people.currentPerson().ifPresentOrElse(
                person -> showSignedIn(person, "signup.signed-in"), this::showForm);
    }

    private void showForm() {
        name.setLabel(getTranslation("signup.name"));
        name.setMaxLength(SignUpRules.MAX_NAME_LENGTH);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("signup.email"));
        email.setMaxLength(SignUpRules.MAX_EMAIL_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help"));
        password.setMaxLength(SignUpRules.MAX_PASSWORD_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("signup.repeat"));
        repeat.setMaxLength(SignUpRules.MAX_PASSWORD_LENGTH);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        List.of(name, email, password, repeat).forEach(field -> field.setRequiredIndicatorVisible(true));
        name.setId("signup-name");
        email.setId("signup-email");
        password.setId("signup-password");
        repeat.setId("signup-repeat");
        // Messages come from the server in the visitor's language; the browser's own checks would be English.
        email.setManualValidation(true);

        Button create = new Button(getTranslation("signup.submit"), click -> submit());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("signup-submit");
        FormLayout form = new FormLayout(name, email, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        signUpForm = new Component[] {new Paragraph(getTranslation("signup.intro")), form, create};
        add(signUpForm);
    }

    private void showSignedIn(CurrentPerson person, String key) {
        Paragraph signedIn = new Paragraph(getTranslation(key, person.displayName()));
        signedIn.setId("signup-signed-in");
        signedIn.addClassName("portal-notice");
        signedIn.getElement().setAttribute("role", "status");
        add(signedIn);
    }

    private void submit() {
        clearErrors();
        if (!password.getValue().equals(repeat.getValue())) {
            showError(repeat, "signup.repeat.mismatch");
            return;
        }
        try {
            people.signUp(new SignUpRequest(name.getValue(), email.getValue(), password.getValue()));
        } catch (InvalidInputException invalid) {
            invalid.fieldMessageKeys().forEach((field, key) -> showError(fieldNamed(field), key));
            return;
        } catch (AccessDeniedException signedInMeanwhile) {
            // Only anonymous visitors may sign up: the person signed in (in another tab) since the form opened.
            CurrentPerson person = people.currentPerson().orElseThrow(() -> signedInMeanwhile);
            remove(signUpForm);
            showSignedIn(person, "signup.signed-in-meanwhile");
            return;
        }
        signInAsTheNewPerson();
    }

    /**
     * Back to the page the person came from, signed in; if signing in is refused (too many failed attempts
     * from this address), the login page says the account exists and asks them to sign in.
     */
    private void signInAsTheNewPerson() {
        getUI().ifPresent(ui -> {
            if (people.signIn(email.getValue(), password.getValue())) {
                ui.getPage().setLocation(ReturnPage.take());
            } else {
                ui.navigate(LoginView.class, QueryParameters.of("created", ""));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReturnPage.remember(event, ROUTE);
    }

    private HasValidation fieldNamed(String field) {
        return switch (field) {
            case "displayName" -> name;
            case "email" -> email;
            default -> password;
        };
    }

    private void showError(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        List.of(name, email, password, repeat).forEach(field -> field.setInvalid(false));
    }

    @Override
    public String titleKey() {
        return "signup.title";
    }
}
