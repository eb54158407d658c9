package dk.coi.portal.organisation.web;

import dk.coi.portal.organisation.InnovationUnitMap;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapElement;
import dk.coi.portal.shared.map.MapPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the innovation units' map and list are made of, the same for the reading page and the Vaadin view. */
public final class InnovationUnitsMap {

    public static final String MAP_ID = "innovation-units-map";
    /** The list alternative's id (the list the page had before the map). */
    public static final String LIST_ID = "innovation-units";
    /** A place's summary: {0} its name, {1} how many units. */
    public static final String PLACE_KEY = "organisation.innovation-units.place";

    private InnovationUnitsMap() {
    }

    public static MapElement element(DenmarkMaps maps, InnovationUnitMap units, Locale locale, String outline) {
        return maps.element(units.places(), locale, "organisation.innovation-units.map", PLACE_KEY, outline);
    }

    /** The places for the list: those on the map, then the units on no map under {@code noPlace}. */
    public static List<MapPlace> listed(InnovationUnitMap units, String noPlace) {
        List<MapPlace> listed = new ArrayList<>(units.places());
        if (!units.unplaced().isEmpty()) {
            listed.add(MapPlace.of(noPlace, null, null, units.unplaced()));
        }
        return listed;
    }
}
