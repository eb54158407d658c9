package dk.coi.portal.ideastorm.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.ideastorm.Criterion;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.Participation;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSummary;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A storm's results over plain HTTP, on the demo storms (the concluded e-Boks storm's results are published, the
 * open storm's are not): the reading page with its ranking and participation table, the CSV and JSON files with
 * their headers, nothing for readers before publication, and no counts in the files where the storm hides them.
 */
@PortalTest
class StormResultsPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    StormService storms;
    @Autowired
    ResultsExports exports;

    private StormSummary concluded() {
        return storms.storms().concluded().stream().filter(storm -> storm.title().equals("Færre breve i e-Boks"))
                .findFirst().orElseThrow();
    }

    private StormSummary open() {
        return storms.storms().open().stream().filter(storm -> storm.title().startsWith("Unge ledige")).findFirst()
                .orElseThrow();
    }

    @Test
    void thePublishedResultsPageRanksTheIdeasAndTabulatesTheParticipationPerDay() throws Exception {
        StormSummary storm = concluded();
        String html = readablePage(port, "/" + storm.resultsPath());

        assertThat(storm.resultsPath()).isEqualTo(storm.path() + "/resultater");
        assertThat(html).contains("<title>Resultater: Færre breve i e-Boks | Innovationsportalen</title>")
                .contains("<meta name=\"description\" content=\"Resultaterne af idéstormen »Færre breve i e-Boks«: "
                        + "Hvilke breve")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + storm.resultsPath() + "\">")
                .contains("<h1>Resultater: Færre breve i e-Boks</h1>")
                .containsPattern("<p id=\"results-published\">Offentliggjort \\d+\\. [a-z]+\\.? \\d{4}")
                .contains("href=\"/" + storm.resultsPath() + ".csv\" download>", "href=\"/" + storm.resultsPath()
                        + ".json\" download>")
                .as("the ideas without a theme, most votes first, ranks as the list's numbers")
                .containsSubsequence("<h3>Uden tema</h3>", "<ol class=\"portal-results-ideas\">",
                        "<li value=\"1\"><a href=\"/" + storm.path() + "/ideer/", "Skriv konklusionen først</a>",
                        "3 stemmer", "<li value=\"2\">", "Kvittering for ansøgning som kort besked", "1 stemme",
                        "<li value=\"3\">", "Påmindelse om tid hos tandplejen på sms", "0 stemmer", "</ol>")
                .as("each idea's places, by votes and by assessment")
                .containsPattern("<li value=\"1\"><a [^>]+>Skriv konklusionen først</a> <span class=\"portal-results-facts\">"
                        + "<span class=\"portal-results-places\">Nr\\. 1 efter stemmer · nr\\. \\d efter vurdering</span> · ")
                .as("an accessible table of the participation, which the chart draws")
                .contains("<portal-participation-chart data-library=\"/assets/webjars/uplot/1.6.30/dist/uPlot.esm.js\"")
                .contains("<caption id=\"results-participation-caption\">Deltagelse pr. dag (dansk tid)</caption>")
                .contains("<th scope=\"col\">Dag</th><th scope=\"col\">Idéer</th><th scope=\"col\">Stemmer</th>"
                        + "<th scope=\"col\">Kommentarer</th>")
                .containsPattern("<tr data-day=\"\\d{4}-\\d\\d-\\d\\d\"><th scope=\"row\"><time datetime=\"\\d{4}-\\d\\d-"
                        + "\\d\\d\">\\d+\\. [a-z]+ \\d{4}</time></th><td data-count=\"1\">1</td>")
                .as("days in a row without anything on are one line")
                .containsPattern("<tr class=\"portal-results-quiet\" data-day=\"\\d{4}-\\d\\d-\\d\\d\" data-to=\"\\d{4}-\\d\\d-"
                        + "\\d\\d\"><th scope=\"row\">\\d+\\. [a-z]+ \\d{4} – \\d+\\. [a-z]+ \\d{4}: ingen aktivitet</th>"
                        + "<td data-count=\"0\">0</td><td data-count=\"0\">0</td><td data-count=\"0\">0</td></tr>")
                .contains("<tfoot><tr><th scope=\"row\">I alt</th><td>3</td><td>4</td><td>1</td></tr></tfoot>")
                .containsPattern("<script type=\"module\" src=\"/assets/[0-9a-f]{12}/themes/portal/results-chart.js\">")
                .doesNotContain("@demo.coi.dk");
        assertThat(readablePage(port, "/" + storm.path())).contains("<p id=\"storm-results-link\"><a href=\"/"
                + storm.resultsPath() + "\">Se resultaterne</a></p>");
        assertThat(readablePage(port, "/idestorme")).contains("<a class=\"portal-storm-results-link\" href=\"/"
                + storm.resultsPath() + "\">Se resultaterne</a>");
        assertThat(get(port, "/sitemap.xml").body()).contains("<loc>" + baseUrl + storm.resultsPath() + "</loc>")
                .doesNotContain(open().resultsPath());

        HttpResponse<String> library = get(port, "/assets/webjars/uplot/1.6.30/dist/uPlot.esm.js");
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(library.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void resultsNotYetPublishedAreNotThereForReadersAndOtherWordsLeadToTheResultsAddress() throws Exception {
        StormSummary open = open();
        for (String path : List.of(open.resultsPath(), open.resultsPath() + ".csv", open.resultsPath() + ".json",
                "idestorme/987654/resultater", "idestorme/987654/resultater.json")) {
            HttpResponse<String> response = get(port, "/" + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(open.path()).doesNotContain("resultater");
        assertThat(readablePage(port, "/" + open.path())).doesNotContain("storm-results-link");

        StormSummary concluded = concluded();
        HttpResponse<String> moved = get(port, "/idestorme/" + concluded.id().value() + "/resultater");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/" + concluded.resultsPath());
    }

    @Test
    void theCsvIsForDanishExcelAndHoldsNoEmailAddresses() throws Exception {
        StormSummary storm = concluded();
        HttpResponse<byte[]> response = getBytes("/" + storm.resultsPath() + ".csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"faerre-breve-i-e-boks-resultater.csv\"");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        byte[] body = response.body();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Tema;Nummer;Placering;Stemmer;Titel;Status;Vurdering (1–5);"
                + "Placering efter vurdering;Vurdering: Gør beskeden lettere at forstå (1–5);"
                + "Vurdering: Nem at indføre (1–5);Vurdering: Sparer tid i forvaltningen (1–5);Kommentarer;Svar;"
                + "Besvaret;Forfatter;Oprettet;Adresse");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Uden tema;").contains(";1;3;Skriv konklusionen først;Valgt;")
                .as("its score, place by score, each criterion's score with its decimal, its comments")
                .containsPattern("Valgt;\\d,\\d\\d?;\\d+;\\d,\\d\\d?;\\d,\\d\\d?;\\d,\\d\\d?;\\d+;")
                .containsPattern(";\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d;" + baseUrl + storm.path() + "/ideer/\\d+-");
        assertThat(csv).doesNotContain("@");
    }

    @Test
    void theJsonHoldsTheThemesIdeasCountsAndParticipation() throws Exception {
        StormSummary storm = concluded();
        HttpResponse<String> response = get(port, "/" + storm.resultsPath() + ".json", "Cookie", "portal-lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"faerre-breve-i-e-boks-resultater.json\"");
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("storm").get("title").asString()).isEqualTo("Færre breve i e-Boks");
        assertThat(json.get("storm").get("results").asString()).isEqualTo(baseUrl + storm.resultsPath());
        assertThat(json.get("countsShown").asBoolean()).isTrue();
        JsonNode first = json.get("themes").get(0).get("ideas").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Skriv konklusionen først");
        assertThat(first.get("status").asString()).isEqualTo("SELECTED");
        assertThat(first.get("votes").asLong()).isEqualTo(3);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(json.get("participation").get("series").get(1).get("kind").asString()).isEqualTo("votes");
        assertThat(response.body()).doesNotContain("@demo.coi.dk");
    }

    @Test
    void whereTheStormHidesCountsTheFilesHaveNoVotesNorRanksButTheAssessmentAndAnswer() {
        IdeaId idea = IdeaId.of(1);
        StormResults hidden = new StormResults(StormId.of(9), "Skjulte tal", "Hvorfor?", null, false,
                List.of(new Criterion(1, "Effekt", "Hjælper det borgerne?", 3)),
                List.of(new StormResults.ThemeResults(null, null, List.of(new StormResults.ResultIdea(idea,
                        "En idé", null, "Ida Idé", IdeaStatus.SELECTED, Instant.parse("2026-12-01T10:00:00Z"), null,
                        null, 4.25, 1, List.of(4.0), 2, null, "Vi prøver den i Valby.", Instant.parse("2026-12-02T10:00:00Z"),
                        "idestorme/9-skjulte-tal/ideer/1-en-ide")))),
                new Participation(List.of(LocalDate.parse("2026-12-01")), List.of(new Participation.Series(
                        Participation.Kind.IDEAS, List.of(1L)))), true);

        String csv = new String(exports.csv(hidden, PortalLocales.DANISH), StandardCharsets.UTF_8);
        String json = new String(exports.json(hidden), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).as("a whole score keeps its decimal").containsExactly(
                "\uFEFFTema;Nummer;Titel;Status;Vurdering (1–5);Placering efter vurdering;Vurdering: Effekt (1–5);"
                        + "Kommentarer;Svar;Besvaret;Forfatter;Oprettet;Adresse",
                "Uden tema;1;En idé;Valgt;4,25;1;4,0;2;Vi prøver den i Valby.;2026-12-02 11:00;Ida Idé;2026-12-01 11:00;"
                        + baseUrl + "idestorme/9-skjulte-tal/ideer/1-en-ide");
        assertThat(json).contains("\"countsShown\":false", "\"kind\":\"ideas\"", "\"score\":4.25",
                        "\"scoreRank\":1", "\"answer\":\"Vi prøver den i Valby.\"",
                        "\"criterionScores\":[{\"criterion\":\"Effekt\",\"score\":4.0}]", "\"comments\":2",
                        "\"criteria\":[{\"name\":\"Effekt\",\"description\":\"Hjælper det borgerne?\",\"weight\":3}]")
                .doesNotContain("\"votes\"", "\"rank\"");
    }

    @Test
    void aTitleExcelWouldReadAsAFormulaIsWrittenAsText() {
        StormResults hostile = new StormResults(StormId.of(9), "Formler", "Hvorfor?", null, true, List.of(),
                List.of(new StormResults.ThemeResults(null, null, List.of(new StormResults.ResultIdea(IdeaId.of(1),
                        "=HYPERLINK(\"https://evil.example\";\"Klik\")", null, "@Ida", IdeaStatus.SELECTED,
                        Instant.parse("2026-12-01T10:00:00Z"), 1, 3L, null, null, List.of(), 0, null, "-1+1", null,
                        "idestorme/9-formler/ideer/1-formel")))),
                new Participation(List.of(), List.of()), true);

        String csv = new String(exports.csv(hostile, PortalLocales.DANISH), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList().get(1)).contains(";1;1;3;\"'=HYPERLINK(\"\"https://evil.example\"\";"
                + "\"\"Klik\"\")\";Valgt;", ";'-1+1;", ";'@Ida;");
    }

    /** The file as bytes, its byte order mark included. */
    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
