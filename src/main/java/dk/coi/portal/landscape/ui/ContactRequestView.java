package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.RequiredLegend;
import jakarta.annotation.security.PermitAll;

/**
 * "Jeg vil gerne genbruge den": a signed-in person writes to a published case's contact person through the portal,
 * told on whose behalf (a public employee's own workplace, or as a private person: the service decides, the person does
 * not type it) and that neither learns the other's e-mail address; the contact answers in the portal.
 */
@Route(CaseRoutes.LIST + "/:case(" + CaseRoutes.SEGMENT + ")/" + AdoptionRoutes.CONTACT)
@PermitAll
class ContactRequestView extends ReuseCaseView {

    private final ContactRequests requests;
    private final FormStatus status = new FormStatus("contact-status");
    private final TextArea message = new TextArea();
    private final Button send = new Button();

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

    /** The case's own contact person is not told that the case has none to write to: they are it. */
    @Override
    Component refusal(CaseSpreading kase) {
        if (!kase.contactIsMe()) {
            return super.refusal(kase);
        }
        Anchor requests = new Anchor("/" + AdoptionRoutes.REQUESTS, getTranslation("landscape.contact.you.requests"));
        requests.setId("contact-you-requests");
        Paragraph you = new Paragraph(getTranslation("landscape.contact.you") + " ");
        you.setId("case-refusal");
        you.add(requests);
        return you;
    }

    @Override
    void showForm(CaseSpreading kase) {
        add(new Paragraph(getTranslation("landscape.contact.intro")));
        Paragraph sender = new Paragraph(kase.requestOnBehalfOf() == null
                ? getTranslation("landscape.contact.as-private")
                : getTranslation("landscape.contact.on-behalf-of", kase.requestOnBehalfOf()));
        sender.setId("contact-on-behalf-of");
        message.setId("contact-message");
        message.setLabel(getTranslation("landscape.contact.message"));
        message.setRequired(true);
        message.setMaxLength(ContactRequests.MAX_MESSAGE);
        message.setWidthFull();
        send.setText(getTranslation("landscape.contact.send"));
        send.addClickListener(click -> send(kase));
        // One request per click: the button waits for the answer, and is gone once the request is sent.
        send.setDisableOnClick(true);
        send.setId("contact-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(sender, RequiredLegend.of("contact-required-legend"), message, send, status);
    }

    private void send(CaseSpreading kase) {
        FieldErrors errors = new FieldErrors().add("message", message);
        status.clear();
        try {
            requests.request(kase.id(), message.getValue());
            errors.clear();
            message.setReadOnly(true);
            send.setVisible(false);
            Anchor mine = new Anchor("/" + CaseRoutes.MINE + "#" + SentRequestsSection.ID,
                    getTranslation("landscape.contact.sent.see"));
            mine.setId("contact-sent-mine");
            status.done(getTranslation("landscape.contact.sent"), mine);
        } catch (InvalidInputException refused) {
            errors.show(refused);
            status.refused(refused);
            send.setEnabled(true);
        }
    }

    @Override
    public String titleKey() {
        return "landscape.contact.title";
    }
}
