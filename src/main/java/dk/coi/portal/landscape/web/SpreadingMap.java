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
import java.util.function.BiFunction;

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
        return maps.element(places(overview, (key, other) -> maps.text(locale, key, other)), locale,
                "landscape.spreading.map", PLACE_KEY, outline);
    }

    /** A reuse's direction from a place, said with the workplace at its other end. */
    public static final String FROM_HERE_KEY = "landscape.spreading.from-here";
    public static final String TO_HERE_KEY = "landscape.spreading.to-here";

    /**
     * The municipalities at either end of a reuse, each with its reuses, each saying its direction ({@code words}:
     * a translation key and the workplace at the other end, in the reader's language): first the cases spread from
     * here ("Herfra til Odense Kommune"), then those reused here ("Hertil fra KLK"), never one list of both unsaid.
     */
    public static List<MapPlace> places(SpreadingOverview overview, BiFunction<String, Object, String> words) {
        Map<Integer, Municipality> municipalities = new LinkedHashMap<>();
        Map<Integer, List<MapMarker>> fromHere = new LinkedHashMap<>();
        Map<Integer, List<MapMarker>> toHere = new LinkedHashMap<>();
        for (SpreadingOverview.Flow flow : overview.flows()) {
            place(flow.fromMunicipality(), municipalities, fromHere, new MapMarker(flow.caseTitle(), flow.casePath(),
                    words.apply(FROM_HERE_KEY, flow.to())));
            place(flow.toMunicipality(), municipalities, toHere, new MapMarker(flow.caseTitle(), flow.casePath(),
                    words.apply(TO_HERE_KEY, flow.from())));
        }
        List<MapPlace> places = new ArrayList<>();
        municipalities.values().forEach(municipality -> {
            List<MapMarker> listed = new ArrayList<>(fromHere.getOrDefault(municipality.code(), List.of()));
            listed.addAll(toHere.getOrDefault(municipality.code(), List.of()));
            places.add(MapPlace.of(municipality.name(), municipality.latitude(), municipality.longitude(), listed));
        });
        return places;
    }

    private static void place(Municipality end, Map<Integer, Municipality> municipalities,
                              Map<Integer, List<MapMarker>> markers, MapMarker marker) {
        if (end != null) {
            municipalities.putIfAbsent(end.code(), end);
            markers.computeIfAbsent(end.code(), code -> new ArrayList<>()).add(marker);
        }
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
}
