package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Reason;

/**
 * The field for a {@link Reason} given for an action (protect, delete, hide, review, move, a report); the log shows
 * staff's reasons.
 */
public class ReasonField extends TextField {

    public ReasonField(String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setId(id);
        setMaxLength(Reason.MAX_LENGTH);
        setWidthFull();
    }

    /**
     * Says under the field who will read the reason (e.g. that it is public), translated from {@code helpKey}: the
     * label stays short enough for a phone.
     */
    public ReasonField withHelp(String helpKey) {
        setHelperText(getTranslation(helpKey));
        return this;
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
