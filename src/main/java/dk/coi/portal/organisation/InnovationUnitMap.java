package dk.coi.portal.organisation;

import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import java.util.List;

/**
 * COI's map of innovation units: a place per municipality (or region) with the units located there, by the place's
 * name, each unit a marker linking to its page with the organisation it belongs to as its short text; and the units
 * located nowhere on the map (no municipality), which only the list shows; and, by unit name, what other modules show
 * about the units ({@link OrganisationSections}: their cases), for the units that have any.
 */
public record InnovationUnitMap(List<MapPlace> places, List<MapMarker> unplaced, List<UnitSections> sections) {

    public InnovationUnitMap {
        places = List.copyOf(places);
        unplaced = List.copyOf(unplaced);
        sections = List.copyOf(sections);
    }

    /** What other modules show about one unit. */
    public record UnitSections(OrganisationSummary unit, List<OrganisationSection> sections) {

        public UnitSections {
            sections = List.copyOf(sections);
        }
    }

    /** How many units there are in all, placed or not. */
    public long count() {
        return places.stream().mapToLong(MapPlace::count).sum() + unplaced.size();
    }
}
