package dk.coi.portal.shared.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the map is given: Denmark's outline as shipped (Denmark alone, from Skagen to Gedser and Blåvandshuk to
 * Bornholm, and small), and the places as JSON in which every name stays text and every address the portal's own.
 */
class DenmarkMapDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Markers a place lists on a busy map before "see all" (what the landscape's map is expected to send). */
    private static final int MARKERS_PER_PLACE = 5;

    private static byte[] outline() throws IOException {
        try (InputStream file = DenmarkMapDataTest.class.getResourceAsStream("/META-INF/resources/"
                + DenmarkMaps.OUTLINE)) {
            assertThat(file).as(DenmarkMaps.OUTLINE + " on the class path").isNotNull();
            return file.readAllBytes();
        }
    }

    @Test
    void theOutlineIsDenmarkAloneAndSmall() throws IOException {
        byte[] bytes = outline();
        assertThat(bytes.length).as("bytes of the outline").isBetween(5_000, 40_000);
        JsonNode denmark = JSON.readTree(bytes);
        assertThat(denmark.get("type").asString()).isEqualTo("Feature");
        assertThat(denmark.get("id").asString()).isEqualTo("208");
        assertThat(denmark.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        List<double[]> points = new ArrayList<>();
        denmark.get("geometry").get("coordinates").forEach(polygon -> polygon.forEach(ring -> ring.forEach(
                point -> points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()}))));
        double west = points.stream().mapToDouble(point -> point[0]).min().orElseThrow();
        double east = points.stream().mapToDouble(point -> point[0]).max().orElseThrow();
        double south = points.stream().mapToDouble(point -> point[1]).min().orElseThrow();
        double north = points.stream().mapToDouble(point -> point[1]).max().orElseThrow();
        // Blåvandshuk 8.07° E, Bornholm's Ertholmene 15.2° E, Gedser 54.56° N, Skagen 57.75° N: no Faroe Islands
        // (62° N), Greenland or neighbour in the file.
        assertThat(west).isBetween(7.9, 8.2);
        assertThat(east).isBetween(15.0, 15.3);
        assertThat(south).isBetween(54.5, 54.6);
        assertThat(north).isBetween(57.7, 57.8);
        assertThat(denmark.get("geometry").get("coordinates").size()).as("islands").isGreaterThan(10);
    }

    @Test
    void placesGoOutAsTextWithThePortalsOwnAddresses() {
        String hostile = "<img src=x onerror=alert(1)>\"'&";
        MapPlace place = new MapPlace("Aarhus " + hostile, 56.15, 10.2, 12,
                List.of(new MapMarker(hostile, "organisationer/7-x", hostile),
                        new MapMarker("Uden tekst", "/organisationer/8-y", null)), "landskab?kommune=751");
        MapPlace nowhere = MapPlace.of("Uden kommune", null, null, List.of(new MapMarker("COI", "organisationer/1", "")));
        JsonNode shown = JSON.readTree(DenmarkMaps.json(List.of(place, nowhere), found -> found.name() + ": 12"));

        assertThat(shown.size()).as("only places with a position").isEqualTo(1);
        JsonNode aarhus = shown.get(0);
        assertThat(aarhus.get("name").asString()).isEqualTo("Aarhus " + hostile);
        assertThat(aarhus.get("summary").asString()).isEqualTo("Aarhus " + hostile + ": 12");
        assertThat(aarhus.get("count").asLong()).isEqualTo(12);
        assertThat(aarhus.get("more").asString()).isEqualTo("/landskab?kommune=751");
        assertThat(aarhus.get("markers").get(0).get("label").asString()).isEqualTo(hostile);
        assertThat(aarhus.get("markers").get(0).get("href").asString()).isEqualTo("/organisationer/7-x");
        assertThat(aarhus.get("markers").get(1).has("text")).isFalse();

        // Another site or a scheme never becomes a link: "javascript:" turns into a path of the portal.
        assertThat(new MapMarker("x", "javascript:alert(1)", "").href()).isEqualTo("/javascript:alert(1)");
        assertThatThrownBy(() -> new MapMarker("x", "//evil.example/", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapMarker("x", "/\\evil.example", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapPlace("x", 56.0, null, 0, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapPlace("x", 56.0, 10.0, 0, List.of(new MapMarker("y", "/y", "")), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The budget for the map's data of a whole search: at most 200 KB over the wire. The widest map the API
     * makes is every municipality with a count and its first markers ({@link #MARKERS_PER_PLACE}, the rest behind
     * "see all"); the figures go to docs/performance.md.
     */
    @Test
    void theMapDataForEveryMunicipalityStaysWithinItsBudget() throws IOException {
        // Titles of varied Danish words (seeded), so that gzip meets text as unrepetitive as real case titles.
        List<String> words = List.of("digital", "genoptræning", "borgere", "jobcenter", "ældre", "sygefravær",
                "forebyggelse", "hjemmepleje", "velfærdsteknologi", "unge", "ledige", "skole", "trivsel", "data",
                "samarbejde", "sundhed", "klima", "affald", "bibliotek", "frivillige", "sagsbehandling", "sms",
                "app", "videokonsultation", "rehabilitering", "botilbud", "madservice", "transport", "indsats",
                "pilotprojekt", "kommune", "region", "tværfaglig", "brugerinddragelse", "tidlig", "hjælp");
        java.util.Random random = new java.util.Random(208);
        java.util.function.IntFunction<String> text = count -> String.join(" ",
                random.ints(count, 0, words.size()).mapToObj(words::get).toList());
        for (int perPlace : new int[] {1, MARKERS_PER_PLACE, 20}) {
            List<MapPlace> places = new ArrayList<>();
            for (int code = 0; code < 98; code++) {
                List<MapMarker> markers = new ArrayList<>();
                for (int index = 0; index < perPlace; index++) {
                    markers.add(new MapMarker(text.apply(6), "landskab/cases/" + random.nextInt(100_000) + "-"
                            + text.apply(4).replace(' ', '-'), text.apply(3)));
                }
                places.add(new MapPlace(code + " Kommune", 54.6 + code * 0.03, 8.1 + code * 0.07, 1_000, markers,
                        "landskab?kommune=" + code));
            }
            byte[] json = DenmarkMaps.json(places, place -> place.name() + ": 1.000 cases")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                gzip.write(json);
            }
            System.out.printf("Map data, 98 places × %d markers: %d bytes, %d gzipped%n", perPlace, json.length,
                    zipped.size());
            if (perPlace <= MARKERS_PER_PLACE) {
                assertThat(zipped.size()).as("gzipped bytes for %d markers a place", perPlace).isLessThan(200_000);
            }
        }
    }

    @Test
    void aTileLayerIsOffUnlessConfiguredWithAnHttpAddress() {
        assertThat(new MapSettings(null, null).tileUrl()).isEmpty();
        assertThat(new MapSettings(" ", null).tileOrigin()).isEmpty();
        assertThat(new MapSettings("https://tiles.example.dk/{z}/{x}/{y}.png", "© Eks").tileOrigin())
                .isEqualTo("https://tiles.example.dk");
        assertThatThrownBy(() -> new MapSettings("javascript:alert(1)//{z}", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Leaflet asks a., b. and c. for {s}: the CSP allows the host's subdomains, never a host "0.host" nobody asks. */
    @Test
    void aTileTemplateWithSubdomainsAllowsThemAndOnlyHttpsWithAFixedHostIsTaken() {
        assertThat(MapSettings.tileOrigin("https://{s}.tile.example.dk/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.dk");
        assertThat(MapSettings.tileOrigin("https://{s}.tile.example.dk:8443/{z}/{x}/{y}{r}.png"))
                .isEqualTo("https://*.tile.example.dk:8443");
        assertThat(MapSettings.tileOrigin("http://tiles.example.dk/{z}/{x}/{y}.png")).isEmpty();
        assertThat(MapSettings.tileOrigin("https://{z}.tiles.example.dk/{x}/{y}.png")).isEmpty();
        assertThat(MapSettings.tileOrigin("https://tiles.{s}.example.dk/{z}/{x}/{y}.png")).isEmpty();
        assertThat(MapSettings.tileOrigin("https://{s}/{z}/{x}/{y}.png")).isEmpty();
        assertThat(MapSettings.tileOrigin("https://user@tiles.example.dk/{z}.png")).isEmpty();
        assertThatThrownBy(() -> new MapSettings("http://tiles.example.dk/{z}/{x}/{y}.png", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
