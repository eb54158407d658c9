package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;

/** A storm screen's section named by its heading ({@code aria-labelledby}), as the staff and results screens use. */
final class StormSections {

    private StormSections() {
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
