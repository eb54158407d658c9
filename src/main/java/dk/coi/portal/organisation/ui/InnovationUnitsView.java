package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.organisation.InnovationUnitMap;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.web.InnovationUnitsMap;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.map.DenmarkMap;
import dk.coi.portal.shared.ui.map.MapList;

/**
 * COI's map of innovation units with its list alternative, for signed-in people (readers get the server-rendered
 * page at the address, with the same map and list).
 */
@Route(OrganisationRoutes.INNOVATION_UNITS)
@AnonymousAllowed
class InnovationUnitsView extends Div implements TranslatedPageTitle {

    InnovationUnitsView(OrganisationService organisations, DenmarkMaps maps) {
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("organisation.innovation-units.intro")));
        InnovationUnitMap units = organisations.innovationUnitMap();
        if (units.count() == 0) {
            add(new Paragraph(getTranslation("organisation.innovation-units.none")));
            return;
        }
        Anchor skip = new Anchor("/" + OrganisationRoutes.INNOVATION_UNITS + "#" + InnovationUnitsMap.LIST_ID,
                getTranslation("map.skip"));
        skip.addClassName("portal-map-skip");
        // The browser's own jump to the list (scroll, and Tab goes on from there); Vaadin's router would take the
        // link as a navigation to this view and put the focus back on its heading.
        skip.getElement().setAttribute("router-ignore", true);
        add(skip, new DenmarkMap(InnovationUnitsMap.MAP_ID, InnovationUnitsMap.element(maps, units, getLocale(),
                "/" + DenmarkMaps.OUTLINE)));
        add(new MapList(InnovationUnitsMap.LIST_ID, getTranslation("organisation.innovation-units.list"),
                InnovationUnitsMap.listed(units, getTranslation("organisation.innovation-units.no-place")),
                place -> maps.summary(getLocale(), InnovationUnitsMap.PLACE_KEY, place),
                getTranslation("map.more")));
        if (!units.sections().isEmpty()) {
            H2 heading = new H2(getTranslation("organisation.innovation-units.work"));
            heading.setId("innovation-units-work-heading");
            Section work = new Section(heading);
            work.setId("innovation-units-work");
            work.getElement().setAttribute("aria-labelledby", "innovation-units-work-heading");
            for (InnovationUnitMap.UnitSections unit : units.sections()) {
                H3 name = new H3(new Anchor("/" + unit.unit().path(), unit.unit().name()));
                ContentLanguage.danish(name);
                work.add(name);
                unit.sections().forEach(section -> work.add(ContributedSections.of(section, 4,
                        "-" + unit.unit().id().value())));
            }
            add(work);
        }
    }

    @Override
    public String titleKey() {
        return "organisation.innovation-units.title";
    }
}
