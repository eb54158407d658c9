package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Marks a select required as text fields are (the same marker at its label, the message when it is left empty),
 * without Vaadin's way of telling screen readers: {@code aria-required} on the select's button, where ARIA does not
 * allow it (vaadin/web-components#7337, and axe refuses it). A helper text seen only by screen readers says it
 * instead, unless the select has a helper text of its own, which stays visible.
 */
public final class RequiredChoice {

    private RequiredChoice() {
    }

    /** {@code requiredMessageKey}: what to do when it is left empty, as the server says it. */
    public static void mark(Select<?> choice, String requiredMessageKey) {
        choice.setRequiredIndicatorVisible(true);
        choice.setI18n(new Select.SelectI18n().setRequiredErrorMessage(I18NProvider.translate(requiredMessageKey)));
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
