package dk.coi.portal.organisation;

import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import java.util.List;

/**
 * COI's map of innovation units: a place per municipality (or region) with the units located there, by the place's
 * name, each unit a marker linking to its page with the organisation it belongs to as its short text; and the units
 * located nowhere on the map (no municipality), which only the list shows.
 */
public record InnovationUnitMap(List<MapPlace> places, List<MapMarker> unplaced) {

    public InnovationUnitMap {
        places = List.copyOf(places);
        unplaced = List.copyOf(unplaced);
    }

    /** How many units there are in all, placed or not. */
    public long count() {
        return places.stream().mapToLong(MapPlace::count).sum() + unplaced.size();
    }
}
