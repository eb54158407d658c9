package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Marks a select required as text fields are (the same marker at its label, the message when it is left empty),
 * without Vaadin's way of telling screen readers: {@code aria-required} on the select's button, where ARIA does not
 * allow it (vaadin/web-components#7337, and axe refuses it). A helper text seen only by screen readers says it
 * instead, unless the select has a helper text of its own, which stays visible. The message shows when the server
 * refused a save for it ({@link FieldErrors}) or the person emptied it, and goes when they choose: not while they pass
 * it on the way through the form, and never under a choice already made (the trial found both).
 */
public final class RequiredChoice {

    private RequiredChoice() {
    }

    /** {@code requiredMessageKey}: what to do when it is left empty, as the server says it. */
    public static void mark(Select<?> choice, String requiredMessageKey) {
        choice.setRequiredIndicatorVisible(true);
        String required = I18NProvider.translate(requiredMessageKey);
        choice.setI18n(new Select.SelectI18n().setRequiredErrorMessage(required));
        // Vaadin's own validation says "required" on leaving an empty select; the form says it on a failed save.
        choice.setManualValidation(true);
        choice.addValueChangeListener(changed -> {
            boolean emptied = changed.getValue() == null && changed.isFromClient();
            if (emptied) {
                choice.setErrorMessage(required);
            }
            choice.setInvalid(emptied);
        });
        if (choice.getHelperText() == null || choice.getHelperText().isEmpty()) {
            choice.setHelperText(I18NProvider.translate("form.required"));
            choice.addClassName("portal-required-said");
        }
        choice.addAttachListener(attached -> choice.getElement().executeJs("""
                const strip = () => this.querySelectorAll('[aria-required]')
                        .forEach(element => element.removeAttribute('aria-required'));
                new MutationObserver(strip).observe(this, {subtree: true, attributeFilter: ['aria-required']});
                strip();"""));
    }
}
