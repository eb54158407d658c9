package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.SpreadingOverview;
import dk.coi.portal.landscape.web.SpreadingMap;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.ui.map.DenmarkMap;
import dk.coi.portal.shared.ui.map.MapList;

/**
 * The landscape's spreading for signed-in people (readers get the server-rendered page at the address, with the same
 * ids): the most reused cases, the map of spreading between municipalities with its list of places, and the table of
 * every reuse, "fra → til".
 */
@Route(AdoptionRoutes.SPREADING)
@AnonymousAllowed
class SpreadingView extends Div implements TranslatedPageTitle {

    SpreadingView(Adoptions adoptions, DenmarkMaps maps) {
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("landscape.spreading.intro")));
        SpreadingOverview overview = adoptions.overview();
        if (overview.flows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.spreading.none"));
            none.setId("spreading-none");
            add(none);
            return;
        }
        Section mostReused = new Section();
        mostReused.setId("spreading-most-reused");
        H2 mostHeading = new H2(getTranslation("landscape.spreading.most-reused"));
        mostHeading.setId("spreading-most-reused-heading");
        mostReused.getElement().setAttribute("aria-labelledby", "spreading-most-reused-heading");
        OrderedList reused = new OrderedList();
        overview.mostReused().forEach(kase -> {
            Anchor title = new Anchor("/" + kase.path(), kase.title());
            title.getElement().setAttribute("lang", "da");
            Span organisation = new Span(kase.organisation());
            organisation.getElement().setAttribute("lang", "da");
            Span meta = new Span(organisation, new Span(" · " + getTranslation("landscape.spreading.count",
                    kase.count())));
            meta.addClassName("portal-card-meta");
            reused.add(new ListItem(title, new Span(" "), meta));
        });
        mostReused.add(mostHeading, reused);
        Anchor skip = new Anchor("/" + AdoptionRoutes.SPREADING + "#" + SpreadingMap.LIST_ID,
                getTranslation("map.skip"));
        skip.addClassName("portal-map-skip");
        // The browser's own jump to the list; Vaadin's router would put the focus back on the heading.
        skip.getElement().setAttribute("router-ignore", true);
        add(mostReused, new H2(getTranslation("landscape.spreading.map-heading")), skip,
                new DenmarkMap(SpreadingMap.MAP_ID, SpreadingMap.element(maps, overview, getLocale(),
                        "/" + DenmarkMaps.OUTLINE)).withLines(SpreadingMap.lines(overview)),
                new MapList(SpreadingMap.LIST_ID, getTranslation("landscape.spreading.places"),
                        SpreadingMap.places(overview, this::getTranslation), place -> maps.summary(getLocale(),
                        SpreadingMap.PLACE_KEY, place), getTranslation("map.more")),
                flows(overview));
    }

    private Section flows(SpreadingOverview overview) {
        Section section = new Section();
        section.setId(SpreadingMap.TABLE_ID);
        String headingId = SpreadingMap.TABLE_ID + "-heading";
        H2 heading = new H2(getTranslation("landscape.spreading.flows"));
        heading.setId(headingId);
        section.getElement().setAttribute("aria-labelledby", headingId);
        Element table = new Element("table");
        table.getClassList().add("portal-results-table");
        Element head = new Element("tr");
        for (String key : new String[] {"from", "to", "case", "how", "when"}) {
            head.appendChild(new Element("th").setAttribute("scope", "col")
                    .setText(getTranslation("landscape.spreading." + key)));
        }
        Element body = new Element("tbody");
        overview.flows().forEach(flow -> {
            Element link = new Element("a").setAttribute("href", "/" + flow.casePath())
                    .setAttribute("lang", "da").setText(flow.caseTitle());
            body.appendChild(new Element("tr").appendChild(
                    new Element("td").setAttribute("lang", "da").setText(flow.from()),
                    new Element("td").setAttribute("lang", "da").setText(flow.to()),
                    new Element("td").appendChild(link),
                    new Element("td").setText(getTranslation(flow.kind().labelKey())),
                    new Element("td").setText(DateFormats.month(flow.adoptedIn(), getLocale()))));
        });
        table.appendChild(new Element("thead").appendChild(head), body);
        Div scroll = new Div();
        scroll.addClassName("portal-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-labelledby", headingId).appendChild(table);
        section.add(heading, scroll);
        return section;
    }

    @Override
    public String titleKey() {
        return "landscape.spreading.title";
    }
}
