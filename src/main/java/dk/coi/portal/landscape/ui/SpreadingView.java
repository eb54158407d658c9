package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
 * ids): the table of the most reused cases with how many workplaces reused each, the map of spreading between
 * municipalities with its list of places, and the table of every reuse, "fra → til".
 */
@Route(AdoptionRoutes.SPREADING)
@AnonymousAllowed
class SpreadingView extends Div implements TranslatedPageTitle {

    /** A count's cells, end-aligned. */
    private static final String COUNT = "portal-count";

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
        Element reused = table("landscape.spreading.most-reused.caption");
        Element columns = new Element("tr").appendChild(heading("landscape.spreading.case"),
                heading("landscape.field.organisation"), heading("landscape.spreading.reuse-count"));
        columns.getChild(2).getClassList().add(COUNT);
        Element rows = new Element("tbody");
        overview.mostReused().forEach(kase -> rows.appendChild(new Element("tr").appendChild(
                new Element("th").setAttribute("scope", "row").appendChild(new Element("a")
                        .setAttribute("href", "/" + kase.path()).setAttribute("lang", "da").setText(kase.title())),
                new Element("td").setAttribute("lang", "da").setText(kase.organisation()),
                new Element("td").setAttribute("class", COUNT).setText(String.valueOf(kase.count())))));
        reused.appendChild(new Element("thead").appendChild(columns), rows);
        mostReused.add(mostHeading, scrolling(reused, "spreading-most-reused-heading"));
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
        Element table = table("landscape.spreading.flows.caption");
        Element head = new Element("tr");
        for (String key : new String[] {"from", "to", "case", "how", "when"}) {
            head.appendChild(heading("landscape.spreading." + key));
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
        section.add(heading, scrolling(table, headingId));
        return section;
    }

    /** A table of the spreading with its caption: words start-aligned under their headings, counts end-aligned. */
    private Element table(String captionKey) {
        Element table = new Element("table").setAttribute("class", "portal-results-table portal-spreading-table");
        return table.appendChild(new Element("caption").setText(getTranslation(captionKey)));
    }

    private Element heading(String key) {
        return new Element("th").setAttribute("scope", "col").setText(getTranslation(key));
    }

    /** The table in a region of its own that scrolls sideways on a narrow screen, named by the section's heading. */
    private static Div scrolling(Element table, String headingId) {
        Div scroll = new Div();
        scroll.addClassName("portal-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-labelledby", headingId).appendChild(table);
        return scroll;
    }

    @Override
    public String titleKey() {
        return "landscape.spreading.title";
    }
}
