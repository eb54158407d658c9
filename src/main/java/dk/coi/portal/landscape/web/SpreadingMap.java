package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.SpreadingOverview;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapElement;
import dk.coi.portal.shared.map.MapLine;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The map of spreading between municipalities, the same on the reading page and in the Vaadin view: a place per
 * municipality where a reused case comes from or was reused, its cases as markers, and a line from the original's
 * municipality to the adopter's (thicker for more reuses); the table of every reuse ("fra → til") is its list
 * alternative, and also names the reuses whose ends lie in no municipality (state bodies).
 */
public final class SpreadingMap {

    public static final String MAP_ID = "spreading-map";
    public static final String LIST_ID = "spreading-places";
    public static final String TABLE_ID = "spreading-flows";
    /** A place's summary: {0} its name, {1} how many reuses of a case start or end there. */
    public static final String PLACE_KEY = "landscape.spreading.place";

    private SpreadingMap() {
    }

    public static MapElement element(DenmarkMaps maps, SpreadingOverview overview, Locale locale, String outline) {
        return maps.element(places(overview), locale, "landscape.spreading.map", PLACE_KEY, outline);
    }

    /** The municipalities at either end of a reuse, each with the cases reused from or in it. */
    public static List<MapPlace> places(SpreadingOverview overview) {
        Map<Integer, Municipality> municipalities = new LinkedHashMap<>();
        Map<Integer, Map<String, MapMarker>> markers = new LinkedHashMap<>();
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (SpreadingOverview.Flow flow : overview.flows()) {
            for (Municipality end : List.of(Objects.requireNonNullElse(flow.fromMunicipality(), NOWHERE),
                    Objects.requireNonNullElse(flow.toMunicipality(), NOWHERE))) {
                if (end == NOWHERE) {
                    continue;
                }
                municipalities.putIfAbsent(end.code(), end);
                counts.merge(end.code(), 1L, Long::sum);
                markers.computeIfAbsent(end.code(), code -> new LinkedHashMap<>()).putIfAbsent(flow.casePath(),
                        new MapMarker(flow.caseTitle(), flow.casePath(), flow.from() + " → " + flow.to()));
            }
        }
        List<MapPlace> places = new ArrayList<>();
        municipalities.values().forEach(municipality -> {
            List<MapMarker> listed = List.copyOf(markers.get(municipality.code()).values());
            places.add(new MapPlace(municipality.name(), municipality.latitude(), municipality.longitude(),
                    Math.max(counts.get(municipality.code()), listed.size()), listed, null));
        });
        return places;
    }

    /** A line per pair of different municipalities, as the element's {@code data-lines}. */
    public static String lines(SpreadingOverview overview) {
        Map<List<Integer>, Long> counts = new LinkedHashMap<>();
        Map<Integer, Municipality> ends = new LinkedHashMap<>();
        overview.flows().stream().filter(flow -> flow.fromMunicipality() != null && flow.toMunicipality() != null
                && flow.fromMunicipality().code() != flow.toMunicipality().code()).forEach(flow -> {
                    ends.put(flow.fromMunicipality().code(), flow.fromMunicipality());
                    ends.put(flow.toMunicipality().code(), flow.toMunicipality());
                    counts.merge(List.of(flow.fromMunicipality().code(), flow.toMunicipality().code()), 1L,
                            Long::sum);
                });
        List<MapLine> lines = new ArrayList<>();
        counts.forEach((pair, count) -> {
            Municipality from = ends.get(pair.get(0));
            Municipality to = ends.get(pair.get(1));
            lines.add(new MapLine(from.latitude(), from.longitude(), to.latitude(), to.longitude(), count));
        });
        return DenmarkMaps.lines(lines);
    }

    /** Stands for "in no municipality" while both ends of a flow are walked. */
    private static final Municipality NOWHERE = new Municipality(0, "", 0, null, 0, 0);
}
