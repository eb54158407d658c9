package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/** A storm screen's section named by its heading ({@code aria-labelledby}), as the staff and results screens use. */
final class StormSections {

    private StormSections() {
    }

    /** The mark of a draft storm ("Kladde") and who may see it, under the storm's heading on staff's screens. */
    static Paragraph draftNote() {
        Span mark = new Span(I18NProvider.translate("ideastorm.storm.draft"));
        mark.addClassNames("portal-tag", "portal-tag--warning");
        Paragraph note = new Paragraph(mark, new Text(" " + I18NProvider.translate("ideastorm.storm.draft-note")));
        note.setId("storm-draft");
        return note;
    }

    /** A section {@code id} whose {@code h2} ({@code id-heading}) says {@code headingKey}'s text. */
    static Section labelled(String id, String headingKey) {
        H2 heading = new H2(I18NProvider.translate(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }
}
