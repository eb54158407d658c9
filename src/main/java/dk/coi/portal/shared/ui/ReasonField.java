package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.InvalidInputException;

/**
 * The field for a {@link dk.coi.portal.shared.Reason} given for an action (protect, delete, hide, review, move, a report); the log shows
 * staff's reasons.
 */
public class ReasonField extends TextField {

    public ReasonField(String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setId(id);
        // No maxlength: the browser would cut a pasted reason without a word; the server refuses one that is too
        // long with a message at the field ("at most 500 characters"), and the text stays for the person to shorten.
        setWidthFull();
        // Where a reason is required, leaving the field empty says so in words, not only in red.
        setI18n(new TextFieldI18n().setRequiredErrorMessage(getTranslation("reason.required")));
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
