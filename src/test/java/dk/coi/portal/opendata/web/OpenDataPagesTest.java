package dk.coi.portal.opendata.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.opendata.ApiDocumentation;
import dk.coi.portal.opendata.OpenDataDocumentation;
import dk.coi.portal.opendata.OpenDataSection;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page about the open data, as a reader who is not signed in and a harvester get it: the dataset, its licence and
 * credit line, and every operation of the OpenAPI document that {@code /v3/api-docs} serves (whatever it holds: the
 * assertions follow the document, not a list), and the DCAT-AP-DK metadata, the same in the page's head as in its own
 * file, whose addresses answer.
 */
@PortalTest
class OpenDataPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINKED_DATA = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern EXAMPLE = Pattern.compile(
            "<p class=\"portal-api-example\">Eksempel: <a href=\"([^\"]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    OpenDataDocumentation documentation;

    @AfterEach
    void reset() {
        signedIn.clear();
        clock.reset();
    }

    @Test
    void thePageSaysWhatTheDataIsItsLicenceAndHowToCreditIt() throws Exception {
        String html = readablePage(port, "/aabne-data");
        assertThat(html).contains("<title>Åbne data").contains("<h1>Åbne data</h1>")
                .contains("<link rel=\"canonical\" href=\"http://localhost:", "/aabne-data\">")
                .contains("<meta name=\"description\" content=\"Innovationsportalens offentliggjorte innovationscases")
                .containsSubsequence("id=\"opendata-contents\"", "Innovationscases", "Genbrug", "Registret")
                .containsSubsequence("id=\"opendata-licence\"", "CC BY 4.0",
                        "href=\"https://creativecommons.org/licenses/by/4.0/deed.da\" rel=\"license\"")
                .contains("<blockquote id=\"opendata-attribution\"><p>Kilde: Innovationsportalen, Center for Offentlig"
                        + " Innovation (COI), CC BY 4.0</p></blockquote>")
                .contains("href=\"/api/v1/cases.csv\"", "href=\"/api/v1/cases.json\"",
                        "href=\"/aabne-data/dcat.jsonld\"", "href=\"/v3/api-docs\"")
                .contains("<p id=\"opendata-last-change\">Senest ændret " + DateFormats.longDate(
                        DateFormats.danishDate(cases.lastPublishedChange().orElseThrow()), java.util.Locale.of("da"))
                        + ". Datoen gælder de offentliggjorte cases");
        String english = get(port, "/aabne-data", "Cookie", "portal-lang=en").body();
        assertThat(english).contains("<h1>Open data</h1>", "Source: Innovationsportalen, Centre for Public Innovation");
    }

    /**
     * The portal's configured address need not be where the page is read (another host or port): every link in the
     * page is root-relative, but the licence's. Only the head's canonical link and the DCAT metadata are absolute.
     */
    @Test
    void theLinksOfThePageWorkOnAnyHost() throws Exception {
        String html = readablePage(port, "/aabne-data");
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        Matcher link = Pattern.compile("href=\"([^\"]*)\"").matcher(main);
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).contains("/api/v1/cases.csv", "/v3/api-docs")
                .allSatisfy(address -> assertThat(address.startsWith("/") || address.startsWith("#")
                        || address.equals("https://creativecommons.org/licenses/by/4.0/deed.da")).as(address).isTrue());
        assertThat(main).contains("<dd><code>/api/v1</code></dd>").doesNotContain("http://localhost:");
    }

    /** The 98 municipality codes, which three operations take, are listed once, closed, and linked from each. */
    @Test
    void eachCodeListIsShownOnceClosedAndLinkedFromItsParameters() throws Exception {
        String html = readablePage(port, "/aabne-data");
        assertThat(html.split("<p id=\"opendata-codes-kommune\">", -1)).as("one list").hasSize(2);
        assertThat(html).contains("<details><summary id=\"opendata-codes-kommune-summary\">Parameteren kommune: 98 "
                        + "koder</summary>\n<p id=\"opendata-codes-kommune\">")
                .contains("<a href=\"#opendata-toc\">Tilbage til indhold</a>",
                        "<a href=\"#opendata-codes\">Kodelister</a>");
        assertThat(html.split("<code>851</code>", -1)).as("Aalborg's code once").hasSize(2);
        assertThat(html.split("<a href=\"#opendata-codes-kommune\">Se kodelisten \\(98 koder\\)</a>", -1))
                .as("linked from the three operations that take it and the register's").hasSize(5);
    }

    /** The catalogue's reading page offers its search, not its page, as CSV and JSON, and leads to this page. */
    @Test
    void theCatalogueOffersTheCasesOfItsSearchAsDownloads() throws Exception {
        String html = HtmlUtils.htmlUnescape(readablePage(port, "/landskab?q=ledige&sektor=employment&side=1"));
        assertThat(html).contains("<a id=\"catalogue-download-csv\" href=\"/api/v1/cases.csv?q=ledige&sektor=employment\">"
                        + "Hent som CSV</a>")
                .contains("<a id=\"catalogue-download-json\" href=\"/api/v1/cases.json?q=ledige&sektor=employment\">"
                        + "Hent som JSON</a>")
                .contains("<a id=\"catalogue-open-data\" href=\"/aabne-data\">Om åbne data</a>");
        assertThat(readablePage(port, "/")).as("the footer").contains("<a href=\"/aabne-data\">Åbne data</a>");
    }

    /** Each operation's section has its method and path, summary, parameters (name, where, required, values) and answers. */
    @Test
    void thePageDocumentsEveryOperationOfTheServedOpenApiDocument() throws Exception {
        HttpResponse<String> served = get(port, "/v3/api-docs");
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(served.body());
        String html = HtmlUtils.htmlUnescape(readablePage(port, "/aabne-data"));
        List<String> documented = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                if (!List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(operation.getKey())) {
                    continue;
                }
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String heading = "<code>" + method + " " + path.getKey() + "</code></h3>";
                assertThat(html).as("the page documents " + method + " " + path.getKey()).contains(heading);
                String section = section(html, heading);
                JsonNode details = operation.getValue();
                ApiDocumentation.Operation danish = documentation.api(PortalLocales.DANISH).operations().stream()
                        .filter(found -> found.method().equals(method) && found.path()
                                .equals(path.getKey())).findFirst().orElseThrow();
                if (details.has("summary")) {
                    assertThat(danish.summary()).as("translated").isNotEqualTo(details.get("summary").asString());
                    assertThat(section).contains("<p class=\"portal-api-summary\">" + danish.summary() + "</p>");
                }
                for (JsonNode parameter : parameters(document, path.getValue(), details)) {
                    String rest = section.substring(section.indexOf("<th scope=\"row\"><code>"
                            + parameter.get("name").asString() + "</code></th>"));
                    String row = rest.substring(0, rest.indexOf("</tr>"));
                    assertThat(row).as(parameter.toString())
                            .contains(parameter.path("required").asBoolean(false) ? "<td>Ja</td>" : "<td>Nej</td>");
                    if (parameter.hasNonNull("description")) {
                        assertThat(row).contains(danish.parameters().stream().filter(found -> found.name()
                                .equals(parameter.get("name").asString())).findFirst().orElseThrow().description());
                    }
                    JsonNode schema = parameter.path("schema");
                    JsonNode values = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
                    if (values.size() >= ApiDocumentation.CODE_LIST_LENGTH) {
                        String list = "opendata-codes-" + parameter.get("name").asString();
                        assertThat(row).contains("<a href=\"#" + list + "\">Se kodelisten (" + values.size()
                                + " koder)</a>");
                        String codes = section(html, "<p id=\"" + list + "\">");
                        values.forEach(value -> assertThat(codes.substring(0, codes.indexOf("</details>")))
                                .contains("<code>" + value.asString() + "</code>"));
                    } else {
                        values.forEach(value -> assertThat(row).contains("<code>" + value.asString() + "</code>"));
                    }
                }
                for (var response : details.path("responses").properties()) {
                    assertThat(section).contains("<th scope=\"row\"><code>" + response.getKey() + "</code></th>");
                }
                assertThat(section).as("a root-relative example, which works on any host")
                        .contains("Eksempel: <a href=\"/").doesNotContain("http://localhost:");
                if ("GET".equals(method)) {
                    Matcher example = EXAMPLE.matcher(section);
                    assertThat(example.find()).as("an example link of " + method + " " + path.getKey()).isTrue();
                    assertThat(get(port, pathOf(example.group(1))).statusCode()).as(example.group(1))
                            .isEqualTo(200);
                }
                documented.add(method + " " + path.getKey());
            }
        }
        assertThat(documented).as("the document the page is tested on holds operations").isNotEmpty();
        assertThat(html).contains("id=\"opendata-operations\"");
    }

    /**
     * The page is some 10 000 px tall (19 000 on a phone): its contents come first, after the introduction, linking to
     * each part and each operation; each operation ends with the way back to them.
     */
    @Test
    void theContentsAtTheTopLeadToEveryPartAndOperationAndEachOperationLeadsBack() throws Exception {
        String html = HtmlUtils.htmlUnescape(readablePage(port, "/aabne-data"));
        List<String> toContents = new ArrayList<>(List.of("id=\"opendata-intro\"",
                "<nav id=\"opendata-toc\" class=\"portal-toc\" aria-labelledby=\"opendata-toc-heading\">",
                "<h2 id=\"opendata-toc-heading\" class=\"portal-toc-title\">Indhold</h2>"));
        List<ApiDocumentation.Operation> operations = documentation.api(PortalLocales.DANISH).operations();
        assertThat(operations).isNotEmpty();
        for (OpenDataSection part : OpenDataSection.values()) {
            toContents.add("<a href=\"#" + part.id() + "\">");
            if (part == OpenDataSection.API) {
                operations.forEach(operation -> toContents.add("<a href=\"#" + operation.anchor() + "\"><code>"
                        + operation.method() + " " + operation.path() + "</code></a>"));
            }
        }
        toContents.add("</nav>");
        toContents.add("<section id=\"opendata-contents\"");
        assertThat(html).containsSubsequence(toContents);
        for (OpenDataSection part : OpenDataSection.values()) {
            assertThat(html).as("the contents' link leads somewhere").contains("<section id=\"" + part.id() + "\"");
        }
        for (ApiDocumentation.Operation operation : operations) {
            String heading = "<code>" + operation.method() + " " + operation.path() + "</code></h3>";
            assertThat(section(html, heading)).as(operation.anchor())
                    .contains("<a href=\"#opendata-toc\">Tilbage til indhold</a>");
        }
    }

    @Test
    void theDcatMetadataDescribesTheDatasetAndItsAddressesAnswer() throws Exception {
        Instant published = publishCaseLater();
        HttpResponse<String> file = get(port, "/aabne-data/dcat.jsonld");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(file.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode catalogue = JSON.readTree(file.body());

        Matcher inPage = LINKED_DATA.matcher(readablePage(port, "/aabne-data"));
        assertThat(inPage.find()).as("the page carries the metadata in its head").isTrue();
        assertThat(JSON.readTree(inPage.group(1))).isEqualTo(catalogue);
        assertThat(inPage.find()).as("one JSON-LD block").isFalse();

        assertThat(catalogue.path("@context").path("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalogue.path("@type").asString()).isEqualTo("dcat:Catalog");
        JsonNode dataset = catalogue.path("dcat:dataset");
        assertThat(dataset.path("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.path("dct:title").findValuesAsString("@language")).containsExactly("da", "en");
        assertThat(dataset.path("dct:title").get(0).path("@value").asString())
                .isEqualTo("Innovationscases fra den offentlige sektor");
        assertThat(dataset.path("dct:description").findValuesAsString("@language")).containsExactly("da", "en");
        assertThat(catalogue.path("dct:publisher").path("@type").asString()).isEqualTo("foaf:Agent");
        assertThat(catalogue.path("dct:publisher").path("foaf:name").get(0).path("@value").asString())
                .isEqualTo("Center for Offentlig Innovation");
        assertThat(dataset.path("dct:license").path("@id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
        assertThat(dataset.path("dct:accessRights").path("@id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/PUBLIC");
        assertThat(dataset.path("dct:spatial").path("@id").asString())
                .isEqualTo("http://publications.europa.eu/resource/authority/country/DNK");
        assertThat(dataset.path("dcat:theme").findValuesAsString("@id"))
                .contains("http://publications.europa.eu/resource/authority/data-theme/GOVE");
        assertThat(dataset.path("dcat:contactPoint").path("vcard:hasEmail").path("@id").asString())
                .startsWith("mailto:");
        assertThat(dataset.path("dcat:keyword").findValuesAsString("@value")).contains("offentlig innovation",
                "public sector innovation");
        assertThat(dataset.path("dct:modified").path("@value").asString())
                .as("the newest change of a published case").isEqualTo(DateFormats.machineReadable(published));

        JsonNode distributions = dataset.path("dcat:distribution");
        assertThat(distributions.findValuesAsString("@id")).contains("http://www.iana.org/assignments/media-types/text/csv",
                "http://www.iana.org/assignments/media-types/application/json",
                "http://publications.europa.eu/resource/authority/file-type/CSV",
                "http://publications.europa.eu/resource/authority/file-type/JSON");
        JsonNode service = catalogue.path("dcat:service");
        assertThat(service.path("@type").asString()).isEqualTo("dcat:DataService");
        assertThat(distributions.get(0).path("dcat:accessService").path("@id").asString())
                .isEqualTo(service.path("@id").asString());
        assertThat(service.path("dcat:endpointURL").path("@id").asString()).endsWith("/api/v1");
        assertThat(service.path("dcat:endpointDescription").path("@id").asString()).endsWith("/v3/api-docs");

        // Every address the metadata gives to fetch something at answers, wherever in the document it stands.
        List<String> addresses = new ArrayList<>();
        for (String property : List.of("dcat:accessURL", "dcat:downloadURL", "dcat:endpointURL",
                "dcat:endpointDescription")) {
            List<JsonNode> values = catalogue.findValues(property);
            assertThat(values).as(property).isNotEmpty();
            values.forEach(value -> addresses.add(value.path("@id").asString()));
        }
        for (String address : addresses) {
            assertThat(address).startsWith("http://localhost:");
            assertThat(get(port, pathOf(address)).statusCode()).as(address).isEqualTo(200);
        }
    }

    /** The metadata is the same for everyone, so any cache keeps one copy and a browser page of any site may read it. */
    @Test
    void theDcatFileIsSharedAndReadableFromAnyOrigin() throws Exception {
        HttpResponse<String> file = get(port, "/aabne-data/dcat.jsonld", "Origin", "https://data.example.org",
                "Cookie", "portal-lang=en");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(file.headers().allValues("Vary")).noneMatch(vary -> vary.contains("Cookie"));
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(file.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(file.body()).isEqualTo(get(port, "/aabne-data/dcat.jsonld").body());
    }

    /** A case published a day after everything else, so it is the dataset's newest change; its publication time. */
    private Instant publishCaseLater() {
        clock.advance(Duration.ofDays(1));
        OrganisationId copenhagen = organisations.municipalities().stream()
                .filter(municipality -> municipality.code() == 101).findFirst().orElseThrow().id();
        signedIn.newPerson("Åse Åbendata", Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft("Åbne data " + UUID.randomUUID().toString().substring(0, 8),
                "En case, der gør datasættet nyere.", copenhagen));
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.anonymous();
        return cases.screen(id).orElseThrow().publishedAt();
    }

    private static String pathOf(String address) {
        return address.replaceFirst("^https?://[^/]+", "");
    }

    private static String section(String html, String heading) {
        String from = html.substring(html.indexOf(heading));
        int end = from.indexOf("</section>");
        return from.substring(0, end);
    }

    /** The operation's parameters and its path's, references to the document's components followed. */
    private static List<JsonNode> parameters(JsonNode document, JsonNode path, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        for (JsonNode parameter : List.of(path.path("parameters"), operation.path("parameters"))) {
            parameter.forEach(found -> parameters.add(found.has("$ref") ? document.path("components")
                    .path("parameters").path(found.get("$ref").asString().replaceFirst(".*/", "")) : found));
        }
        return parameters;
    }
}
