package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.html.ListItem;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.ui.ChangeLines;

/** The end of a line in a page history or in recent changes: size change, the minor mark, the summary. */
final class EditDetails {

    private EditDetails() {
    }

    static void addTo(ListItem item, int sizeChange, boolean minor, EditSummary summary) {
        item.add(ChangeLines.separator(), ChangeLines.sizeChange(sizeChange));
        if (minor) {
            item.add(ChangeLines.separator(), ChangeLines.minorMark());
        }
        ChangeLines.addSummary(item, summary);
    }
}
