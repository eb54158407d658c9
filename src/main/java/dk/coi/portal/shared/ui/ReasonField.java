package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Reason;

/** The field for a {@link Reason} staff give for an action (protect, delete, hide, review, move); the log shows it. */
public class ReasonField extends TextField {

    public ReasonField(String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setId(id);
        setMaxLength(Reason.MAX_LENGTH);
        setWidthFull();
    }

    /**
     * Shows at the field why the server refused the reason (the refusal's {@code reason} message) and moves
     * focus there; false when the refusal was about something else.
     */
    public boolean explain(InvalidInputException refused) {
        String key = refused.fieldMessageKeys().get("reason");
        if (key == null) {
            return false;
        }
        setErrorMessage(getTranslation(key));
        setInvalid(true);
        focus();
        return true;
    }
}
