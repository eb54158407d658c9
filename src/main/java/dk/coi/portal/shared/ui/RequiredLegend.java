package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Says once, at the top of a form, what the "•" at a field's label means (a trial's finding: nothing said it). Screen
 * readers hear "required" at each field already.
 */
public final class RequiredLegend {

    private RequiredLegend() {
    }

    public static Paragraph of(String id) {
        Paragraph legend = new Paragraph(I18NProvider.translate("form.required-legend"));
        legend.setId(id);
        legend.addClassName("portal-required-legend");
        return legend;
    }
}
