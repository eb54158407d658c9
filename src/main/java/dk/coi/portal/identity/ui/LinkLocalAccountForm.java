package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;

/**
 * For a person signed in through Keycloak whose e-mail Keycloak does not vouch for: proving the password of
 * their local account makes the two logins one person. Afterwards the page is loaded again as that person.
 */
class LinkLocalAccountForm extends Section {

    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();

    LinkLocalAccountForm(PersonService people) {
        setId("link-local-account");
        email.setLabel(getTranslation("mydata.link.email"));
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setManualValidation(true);
        email.setId("link-email");
        password.setLabel(getTranslation("mydata.link.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        // Messages come from the server in the visitor's language only.
        password.setManualValidation(true);
        password.setId("link-password");
        Button link = new Button(getTranslation("mydata.link.submit"), click -> link(people));
        link.addClickShortcut(Key.ENTER);
        link.setId("link-submit");
        FormLayout form = new FormLayout(email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("mydata.link.title")), new Paragraph(getTranslation("mydata.link.text")), form,
                link);
    }

    private void link(PersonService people) {
        email.setInvalid(false);
        password.setInvalid(false);
        try {
            people.linkLocalAccount(email.getValue(), password.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (InvalidInputException refused) {
            password.clear();
            refused.fieldMessageKeys().forEach((field, key) -> {
                HasValidation shownAt = "password".equals(field) ? password : email;
                shownAt.setErrorMessage(getTranslation(key));
                shownAt.setInvalid(true);
            });
        }
    }
}
