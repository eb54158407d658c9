package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.landscape.SentContactRequest;
import dk.coi.portal.shared.DateFormats;
import java.util.List;
import java.util.Locale;

/**
 * "Mine henvendelser" beside the person's own cases: the contact requests they sent about reusing a case, newest
 * first, each with its case, when, what they wrote and the contact person's reply or that none came yet.
 */
final class SentRequestsSection {

    /** The section's id, also the address of it from the confirmation of a request sent. */
    static final String ID = "my-requests";

    private SentRequestsSection() {
    }

    static Section of(List<SentContactRequest> sent, Locale locale) {
        Section section = new Section();
        section.setId(ID);
        H2 heading = new H2(section.getTranslation("landscape.mine.requests"));
        heading.setId(ID + "-heading");
        section.add(heading);
        if (sent.isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("landscape.mine.requests.none"));
            none.setId(ID + "-none");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId(ID + "-list");
        for (SentContactRequest request : sent) {
            Anchor kase = new Anchor("/" + request.casePath(), request.caseTitle());
            kase.getElement().setAttribute("lang", "da");
            Paragraph about = new Paragraph(kase);
            about.add(" " + section.getTranslation("landscape.mine.requests.sent",
                    DateFormats.dateTime(request.sentAt(), locale)));
            Paragraph message = new Paragraph(request.message());
            message.getElement().setAttribute("lang", "da");
            message.addClassName("portal-case-request-message");
            ListItem item = new ListItem(about, message, answer(section, request, locale));
            item.setId("my-request-" + request.id().value());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** The reply (in Danish, as the contact person wrote it) after the fixed text in the reader's language. */
    private static Paragraph answer(Section section, SentContactRequest request, Locale locale) {
        if (request.reply() == null) {
            return new Paragraph(section.getTranslation("landscape.mine.requests.unanswered"));
        }
        Span reply = new Span(request.reply());
        reply.getElement().setAttribute("lang", "da");
        return new Paragraph(new Text(section.getTranslation("landscape.mine.requests.replied",
                DateFormats.dateTime(request.repliedAt(), locale)) + " "), reply);
    }
}
