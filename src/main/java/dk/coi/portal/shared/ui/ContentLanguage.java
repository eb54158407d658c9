package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.HasElement;

/**
 * The portal's content (pages, storms, news, what people wrote) is Danish whatever the reader's language: marked so,
 * a screen reader reads it with Danish pronunciation (WCAG 3.1.2). The server-rendered pages write {@code lang="da"}.
 */
public final class ContentLanguage {

    private ContentLanguage() {
    }

    /** Marks the component's words as Danish. */
    public static <T extends HasElement> T danish(T component) {
        component.getElement().setAttribute("lang", "da");
        return component;
    }
}
