package dk.coi.portal.shared.map;

import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.PageFrames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts places on the map of Denmark ({@code themes/portal/denmark-map.js}, Leaflet from its WebJar, the outline
 * from {@code themes/portal/map/denmark.json}): the element's attributes for a page or a view, in the reader's
 * language. The places go out as compact JSON, text only, which the element never reads as HTML.
 */
@Component
public class DenmarkMaps {

    /** Leaflet's WebJar folder; its version is the one in the pom. */
    private static final String LEAFLET = "leaflet/1.9.4/dist/";
    public static final String LIBRARY = PageFrames.library(LEAFLET + "leaflet.js");
    public static final String STYLESHEET = PageFrames.library(LEAFLET + "leaflet.css");
    /** The element's script among the theme's files. */
    public static final String ELEMENT_SCRIPT = "themes/portal/denmark-map.js";
    /** Denmark's outline among the theme's files (Natural Earth, public domain; see README). */
    public static final String OUTLINE = "themes/portal/map/denmark.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Texts texts;
    private final MapSettings settings;

    DenmarkMaps(Texts texts, MapSettings settings) {
        this.texts = texts;
        this.settings = settings;
    }

    /**
     * The element for {@code places}: {@code labelKey} names the map for screen readers, {@code placeKey} says what
     * a place holds ({0} its name, {1} its count: "København: 3 innovationsenheder"), {@code outline} is the
     * outline's address as the page reaches it (the hashed one on a reading page).
     */
    public MapElement element(List<MapPlace> places, Locale locale, String labelKey, String placeKey,
                              String outline) {
        return new MapElement(LIBRARY, STYLESHEET, outline,
                json(places, place -> summary(locale, placeKey, place)), texts.get(locale, labelKey),
                texts.get(locale, "map.zoom-in"), texts.get(locale, "map.zoom-out"), texts.get(locale, "map.close"),
                // "{0}" goes through as itself: the element puts a cluster's count there.
                texts.get(locale, "map.cluster", "{0}"), texts.get(locale, "map.more"), settings.tileUrl(),
                settings.tileAttribution());
    }

    /** A text of the map's in the reader's language (a marker's words). */
    public String text(Locale locale, String key, Object... arguments) {
        return texts.get(locale, key, arguments);
    }

    /** What a place holds, in words: {@code placeKey} with the place's name and count. */
    public String summary(Locale locale, String placeKey, MapPlace place) {
        return texts.get(locale, placeKey, place.name(), place.count());
    }

    /** The places on the map (those with a position) as the element reads them. */
    public static String json(List<MapPlace> places, Function<MapPlace, String> summary) {
        return JSON.writeValueAsString(places.stream().filter(MapPlace::placed).map(place -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("name", place.name());
            shown.put("lat", place.latitude());
            shown.put("lon", place.longitude());
            shown.put("count", place.count());
            shown.put("summary", summary.apply(place));
            shown.put("markers", place.markers().stream().map(DenmarkMaps::shown).toList());
            if (place.more() != null) {
                shown.put("more", place.more());
            }
            return shown;
        }).toList());
    }

    private static Map<String, String> shown(MapMarker marker) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("label", marker.label());
        shown.put("href", marker.href());
        if (!marker.text().isEmpty()) {
            shown.put("text", marker.text());
        }
        return shown;
    }

    /** Lines for the element's {@code data-lines} (JSON, numbers only): {@code from} and {@code to} as [lat, lon]. */
    public static String lines(List<MapLine> lines) {
        return JSON.writeValueAsString(lines.stream().map(line -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("from", List.of(line.fromLatitude(), line.fromLongitude()));
            shown.put("to", List.of(line.toLatitude(), line.toLongitude()));
            shown.put("count", line.count());
            return shown;
        }).toList());
    }
}
