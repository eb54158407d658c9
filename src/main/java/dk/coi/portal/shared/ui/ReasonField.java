package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.Reason;

/** The field for a {@link Reason} staff give for an action (protect, delete, hide, review, move); the log shows it. */
public class ReasonField extends TextField {

    public ReasonField(String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setId(id);
        setMaxLength(Reason.MAX_LENGTH);
        setWidthFull();
    }
}
