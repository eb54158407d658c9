package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.coi.portal.landscape.CaseRoutes;

/**
 * What a person is told instead of a landscape screen they may not use (a citizen opening the registration form, the
 * review queue or a case's edit form): who may, what they can do instead, and a way back to the landscape. Never a
 * "page not found" for a page that exists.
 */
final class CaseRefusal {

    private CaseRefusal() {
    }

    /** The explanation under the screen's heading; {@code textKey} says who may and what to do instead. */
    static Div of(String textKey) {
        Div refusal = new Div();
        refusal.setId("case-refusal");
        refusal.addClassName("portal-case-refusal");
        Paragraph text = new Paragraph(refusal.getTranslation(textKey));
        Anchor back = new Anchor(CaseRoutes.LIST, refusal.getTranslation("landscape.refusal.back"));
        back.setId("case-refusal-back");
        refusal.add(text, new Paragraph(back));
        return refusal;
    }
}
