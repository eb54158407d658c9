package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.Phrase;

/** Small pieces the storm views share. */
final class StormParts {

    private StormParts() {
    }

    /** Marks a storm's own words as Danish, whatever the reader's language (WCAG 3.1.2). */
    static <T extends HasElement> T danish(T component) {
        component.getElement().setAttribute("lang", "da");
        return component;
    }

    /** A phrase in the reader's language. */
    static String words(Phrase phrase) {
        return phrase.render(I18NProvider::translate);
    }
}
