package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;

/** COI's list of innovation units, for signed-in people (readers get the server-rendered page at the address). */
@Route(OrganisationRoutes.INNOVATION_UNITS)
@AnonymousAllowed
class InnovationUnitsView extends Div implements TranslatedPageTitle {

    InnovationUnitsView(OrganisationService organisations) {
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("organisation.innovation-units.intro")));
        List<OrganisationSummary> units = organisations.innovationUnits();
        if (units.isEmpty()) {
            add(new Paragraph(getTranslation("organisation.innovation-units.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("innovation-units");
        for (OrganisationSummary unit : units) {
            Span type = new Span(getTranslation(unit.type().labelKey()));
            type.addClassName("portal-card-meta");
            Anchor link = ContentLanguage.danish(new Anchor(unit.path(), unit.name()));
            list.add(new ListItem(link, new Span(" "), type));
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "organisation.innovation-units.title";
    }
}
