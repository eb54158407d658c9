package dk.coi.portal.landscape;

import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases of a search on the map of Denmark: a place per municipality with how many there are and a few of them
 * (the rest at the place's link, the search narrowed to that municipality), and the cases of organisations in no
 * municipality (state bodies), which only the list alternative shows.
 */
public record CaseMap(List<MapPlace> places, List<MapMarker> unplaced, long unplacedCount) {

    public CaseMap {
        places = List.copyOf(places);
        unplaced = List.copyOf(unplaced);
    }

    /** The places for the list alternative: those on the map, then the cases in no municipality under {@code noPlace}. */
    public List<MapPlace> listed(String noPlace) {
        List<MapPlace> listed = new ArrayList<>(places);
        if (unplacedCount > 0) {
            listed.add(new MapPlace(noPlace, null, null, unplacedCount, unplaced, null));
        }
        return listed;
    }

    public boolean isEmpty() {
        return places.isEmpty() && unplacedCount == 0;
    }
}
