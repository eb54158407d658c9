package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.ContactOf;
import dk.coi.portal.landscape.ContactRequestLine;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FormStatus;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The requests made to the signed-in person as a case's contact, newest first: who asked (by name), from which
 * workplace, what they wrote; each answered here, and the answer reaches the requester as a notice. The contact
 * reveals only what they write. Above them the cases that name the person their contact (where their notice of
 * being named leads): for each they choose whether their name is shown, or step down as contact.
 */
@Route(AdoptionRoutes.REQUESTS)
@PermitAll
class ContactRequestsView extends Div implements TranslatedPageTitle {

    private final ContactRequests requests;

    private final CaseService cases;

    ContactRequestsView(ContactRequests requests, CaseService cases) {
        this.requests = requests;
        this.cases = cases;
        addClassName("portal-case-requests");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("landscape.requests.intro")));
        List<ContactOf> named = cases.contactOf();
        if (!named.isEmpty()) {
            add(new H2(getTranslation("landscape.requests.contact-of")));
            named.forEach(kase -> add(contactOf(kase)));
        }
        List<ContactRequestLine> received = requests.received();
        if (received.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.requests.none"));
            none.setId("requests-none");
            add(none);
        }
        received.forEach(line -> add(request(line)));
    }

    /** A case naming the person its contact: whether their name is shown, and a button to step down. */
    private Section contactOf(ContactOf kase) {
        String id = "contact-of-" + kase.id().value();
        Paragraph title = new Paragraph();
        title.add(kase.path() == null ? new Span(kase.title()) : new Anchor("/" + kase.path(), kase.title()));
        title.getElement().setAttribute("lang", "da");
        FormStatus status = new FormStatus(id + "-status");
        Checkbox shown = new Checkbox(getTranslation("landscape.requests.show-my-name"), kase.namePublic());
        shown.setId(id + "-shown");
        shown.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                status.attempt(() -> cases.showMyName(kase.id(), change.getValue()), () -> { },
                        "landscape.requests.name-choice-saved");
            }
        });
        Button withdraw = new Button(getTranslation("landscape.requests.withdraw"));
        withdraw.setId(id + "-withdraw");
        withdraw.getElement().setAttribute("aria-label", getTranslation("landscape.requests.withdraw-named",
                kase.title()));
        withdraw.addClickListener(click -> status.attempt(() -> cases.withdrawAsContact(kase.id()), this::show,
                "landscape.requests.withdrawn"));
        Section section = new Section(title, shown, withdraw, status);
        section.setId(id);
        return section;
    }

    private Section request(ContactRequestLine line) {
        String id = "request-" + line.id().value();
        Anchor kase = new Anchor("/" + line.casePath(), line.caseTitle());
        kase.getElement().setAttribute("lang", "da");
        H2 heading = new H2(kase);
        Section section = new Section(heading);
        section.setId(id);
        section.addClassName("portal-case-request");
        String requester = line.requester() == null ? getTranslation("person.erased") : line.requester();
        String sent = DateFormats.dateTime(line.sentAt(), getLocale());
        Paragraph from = new Paragraph(line.workplace() == null
                ? getTranslation("landscape.requests.from.private", requester, sent)
                : getTranslation("landscape.requests.from", requester, line.workplace(), sent));
        Paragraph message = new Paragraph(line.message());
        message.getElement().setAttribute("lang", "da");
        message.addClassName("portal-case-request-message");
        section.add(from, message);
        if (line.reply() != null) {
            Paragraph reply = new Paragraph(getTranslation("landscape.requests.replied",
                    DateFormats.dateTime(line.repliedAt(), getLocale()), line.reply()));
            reply.setId(id + "-reply");
            section.add(reply);
            return section;
        }
        TextArea answer = new TextArea(getTranslation("landscape.requests.answer"));
        answer.setId(id + "-answer");
        answer.setHelperText(getTranslation("landscape.requests.answer.help"));
        answer.setMaxLength(ContactRequests.MAX_MESSAGE);
        answer.setWidthFull();
        FormStatus status = new FormStatus(id + "-status");
        Button send = new Button(getTranslation("landscape.requests.send"));
        send.setId(id + "-send");
        send.addClickListener(click -> status.attempt(() -> requests.reply(line.id(), answer.getValue()),
                this::show, "landscape.requests.sent"));
        section.add(answer, send, status);
        return section;
    }

    @Override
    public String titleKey() {
        return "landscape.requests.title";
    }
}
