package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.organisation.OrganisationSection;
import dk.coi.portal.shared.ui.ContentLanguage;

/**
 * What another module shows about an organisation ({@link dk.coi.portal.organisation.OrganisationSections}) as a
 * section of a Vaadin view, as {@code organisation/sections.jte} shows it on the reading pages: its heading, then
 * each entry as a link with its note (in the reader's words) and its short text under it. Entries are the portal's
 * content, in Danish.
 */
final class ContributedSections {

    private ContributedSections() {
    }

    /**
     * The section, its heading at {@code level} (2 on an organisation's page, 4 under a unit's name among the
     * innovation units); {@code idSuffix} keeps its ids unique where several organisations' sections are shown.
     */
    static Section of(OrganisationSection contributed, int level, String idSuffix) {
        String headingId = contributed.id() + idSuffix + "-heading";
        String heading = I18NProvider.translate(contributed.headingKey());
        HasText title = switch (level) {
            case 2 -> new H2(heading);
            case 3 -> new H3(heading);
            default -> new H4(heading);
        };
        Section section = new Section();
        title.getElement().setAttribute("id", headingId);
        section.getElement().appendChild(title.getElement());
        section.getElement().setAttribute("aria-labelledby", headingId);
        section.addClassName("portal-organisation-section");
        UnorderedList list = new UnorderedList();
        list.setId(contributed.id() + idSuffix);
        for (OrganisationSection.Entry entry : contributed.entries()) {
            ListItem item = new ListItem(new Anchor("/" + entry.path(), entry.title()));
            if (entry.note() != null) {
                // In the reader's words, in a list item of Danish content.
                Span note = new Span(entry.note().render(I18NProvider::translate));
                note.addClassName("portal-card-meta");
                note.getElement().setAttribute("lang", UI.getCurrent().getLocale().getLanguage());
                item.add(new Text(" "), note);
            }
            if (!entry.text().isBlank()) {
                item.add(new Paragraph(entry.text()));
            }
            ContentLanguage.danish(item);
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
