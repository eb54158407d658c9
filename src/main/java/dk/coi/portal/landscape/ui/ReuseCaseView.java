package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.shared.TranslatedPageTitle;
import java.util.Optional;

/**
 * A form about reusing a published case, at an address under the case's: its heading and the case it is about, then
 * the form when the person may use it, or who may and what to do instead. An unpublished or unknown case is not
 * found.
 */
abstract class ReuseCaseView extends Div implements BeforeEnterObserver, TranslatedPageTitle {

    /** Spreading's service, which the forms save through. */
    final Adoptions adoptions;

    ReuseCaseView(Adoptions adoptions) {
        this.adoptions = adoptions;
        addClassName("portal-case-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseSpreading> spreading = event.getRouteParameters().get("case").flatMap(CaseRoutes::idOf)
                .flatMap(adoptions::spreading);
        if (spreading.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CaseSpreading kase = spreading.get();
        removeAll();
        Anchor original = new Anchor("/" + kase.path(), kase.title());
        original.getElement().setAttribute("lang", "da");
        add(new H1(getTranslation(titleKey())), new Paragraph(original));
        if (mayUse(kase)) {
            showForm(kase);
        } else {
            add(refusal(kase));
        }
    }

    /** Whether the person may use the form, by the read model's permissions. */
    abstract boolean mayUse(CaseSpreading kase);

    /** Says who may use the form, and what to do instead. */
    abstract String refusalKey();

    /** What the person is told instead of the form. */
    Component refusal(CaseSpreading kase) {
        return CaseRefusal.of(refusalKey());
    }

    abstract void showForm(CaseSpreading kase);
}
