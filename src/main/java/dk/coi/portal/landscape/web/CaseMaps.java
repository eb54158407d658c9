package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.CaseMap;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapElement;
import java.util.Locale;

/** The catalogue's map of the current search, the same for the reading page and the Vaadin view. */
public final class CaseMaps {

    public static final String MAP_ID = "catalogue-map";
    public static final String LIST_ID = "catalogue-map-list";
    /** A place's summary: {0} its name, {1} how many cases of the search. */
    public static final String PLACE_KEY = "landscape.catalogue.map.place";

    private CaseMaps() {
    }

    public static MapElement element(DenmarkMaps maps, CaseMap map, Locale locale, String outline) {
        return maps.element(map.places(), locale, "landscape.catalogue.map", PLACE_KEY, outline);
    }
}
