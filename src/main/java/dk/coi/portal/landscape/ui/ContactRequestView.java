package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import jakarta.annotation.security.PermitAll;

/**
 * "Jeg vil gerne genbruge den": a signed-in person writes to a published case's contact person through the portal,
 * with their workplace. They are told that neither learns the other's e-mail address; the contact answers in the
 * portal.
 */
@Route(CaseRoutes.LIST + "/:case(" + CaseRoutes.SEGMENT + ")/" + AdoptionRoutes.CONTACT)
@PermitAll
class ContactRequestView extends ReuseCaseView {

    private final ContactRequests requests;
    private final FormStatus status = new FormStatus("contact-status");
    private final TextField workplace = new TextField();
    private final TextArea message = new TextArea();

    ContactRequestView(Adoptions adoptions, ContactRequests requests) {
        super(adoptions);
        this.requests = requests;
    }

    @Override
    boolean mayUse(CaseSpreading kase) {
        return kase.mayRequestContact();
    }

    @Override
    String refusalKey() {
        return "landscape.refusal.contact";
    }

    @Override
    void showForm(CaseSpreading kase) {
        add(new Paragraph(getTranslation("landscape.contact.intro")));
        workplace.setId("contact-workplace");
        workplace.setLabel(getTranslation("landscape.contact.workplace"));
        workplace.setRequired(true);
        workplace.setMaxLength(ContactRequests.MAX_WORKPLACE);
        workplace.setWidthFull();
        message.setId("contact-message");
        message.setLabel(getTranslation("landscape.contact.message"));
        message.setRequired(true);
        message.setMaxLength(ContactRequests.MAX_MESSAGE);
        message.setWidthFull();
        Button send = new Button(getTranslation("landscape.contact.send"), click -> send(kase));
        send.setId("contact-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(workplace, message, send, status);
    }

    private void send(CaseSpreading kase) {
        FieldErrors errors = new FieldErrors().add("workplace", workplace).add("message", message);
        status.clear();
        try {
            requests.request(kase.id(), workplace.getValue(), message.getValue());
            errors.clear();
            workplace.setReadOnly(true);
            message.setReadOnly(true);
            status.done(getTranslation("landscape.contact.sent"));
        } catch (InvalidInputException refused) {
            errors.show(refused);
            status.refused(refused);
        }
    }

    @Override
    public String titleKey() {
        return "landscape.contact.title";
    }
}
