package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dk.coi.portal.wiki.WikiTitles;
import java.util.Optional;

/**
 * A save just made in the editor, for the page it leads to: that page says the change is saved, at its top, as
 * MediaWiki does. Kept with the browser tab's UI, and taken once.
 */
record SavedEdit(String title) {

    static void remember(UI ui, String title) {
        ComponentUtil.setData(ui, SavedEdit.class, new SavedEdit(WikiTitles.normalize(title)));
    }

    /** The save of this page just made in this tab, if any; forgotten once asked for. */
    static Optional<SavedEdit> takeFor(UI ui, String title) {
        SavedEdit saved = ComponentUtil.getData(ui, SavedEdit.class);
        ComponentUtil.setData(ui, SavedEdit.class, null);
        return Optional.ofNullable(saved).filter(edit -> edit.title().equals(WikiTitles.normalize(title)));
    }
}
