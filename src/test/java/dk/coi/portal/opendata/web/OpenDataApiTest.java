package dk.coi.portal.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open-data API over real HTTP against the whole portal: the catalogue's filters and paging, the case with
 * everything public, adoptions, the register, the downloads, 400/404 problem details in the client's language,
 * caching, CORS and no session, the rate limit per client, the OpenAPI document — and no personal data anywhere.
 * Requests come from a loopback address of this class's own (127.0.0.3), so other tests' requests do not use up its
 * allowance; the rate-limit test has another (127.0.0.2), and the tests of a download's format and language a third
 * (127.0.0.6).
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = from("127.0.0.3");
    private static final HttpClient OTHER_CLIENT = from("127.0.0.2");
    /** Asks for downloads in other formats and languages, beside the allowance of downloads the other tests use up. */
    private static final HttpClient NEGOTIATING_CLIENT = from("127.0.0.6");

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    CaseService cases;
    @Autowired
    Adoptions adoptions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;

    private final String tag = "opendata-" + UUID.randomUUID().toString().substring(0, 8);
    private TestPerson hiddenContact;
    private TestPerson publicContact;
    private CaseId reused;
    private CaseId withPublicContact;
    private CaseId draft;
    private String adopterName;
    private String publisherName;
    /** A tag with plus signs, on two cases whose titles Excel would read as formulas. */
    private String plusTag;

    @BeforeAll
    void twoPublishedCasesOneReusedAndADraft() {
        hiddenContact = signedIn.signUpEmployee("Hemmelig Kontaktperson " + tag);
        publicContact = signedIn.signUpEmployee("Offentlig Kontaktperson " + tag);
        reused = published(hiddenContact, "SMS-påmindelser " + tag, false, municipality(101));
        withPublicContact = published(publicContact, "Tjekliste til ledige " + tag, true, municipality(147));
        plusTag = tag + "+c++";
        published(hiddenContact, "=HYPERLINK(\"https://evil.example\";\"Klik\") " + tag, false, municipality(101),
                List.of(plusTag));
        published(hiddenContact, "+45 telefonliste " + tag, false, municipality(101), List.of(plusTag));
        adopterName = "Aarhus Genbruger " + tag;
        signedIn.as(signedIn.signUpEmployee(adopterName), Role.EMPLOYEE);
        adoptions.adopt(reused, new AdoptionDraft(municipality(751), AdoptionKind.ADAPTED,
                YearMonth.now(ZoneId.of("Europe/Copenhagen")).minusMonths(1), "Vi har **tilpasset** teksterne.",
                "Færre udeblivelser", false));
        signedIn.as(hiddenContact, Role.EMPLOYEE);
        draft = cases.register(TestCaseDrafts.draft("Kladde " + tag, "Ikke offentliggjort.", municipality(101)));
        signedIn.clear();
    }

    @AfterAll
    void signOut() {
        signedIn.clear();
    }

    private CaseId published(TestPerson contact, String title, boolean contactPublic, OrganisationId organisation) {
        return published(contact, title, contactPublic, organisation, List.of(tag, "sms"));
    }

    private CaseId published(TestPerson contact, String title, boolean contactPublic, OrganisationId organisation,
                             List<String> tags) {
        signedIn.as(contact, Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(title, "Et resumé af " + title + ".", organisation);
        CaseId id = cases.register(new CaseDraft(plain.title(), plain.summary(), plain.organisation(), "KL",
                plain.sector(), plain.yearStarted(), plain.stage(), plain.innovationType(), plain.targetGroup(),
                plain.novelty(), List.of("https://example.dk/rapport"), tags,
                "Færre **udeblivelser**.", plain.process(), plain.conditions(), plain.documentation(),
                plain.evidenceLevel(), List.of(new CaseResult("Udeblivelser", "%", "8,66", "20 % færre", "",
                        "Kontrolgruppe", "2019", "Egen måling", true, LocalDate.now().plusYears(1))),
                PersonId.of(contact.id()), "Projektleder", contactPublic));
        cases.submit(id);
        publisherName = "Udgiver " + tag;
        signedIn.newPerson(publisherName, Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        return id;
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(municipality -> municipality.code() == code)
                .findFirst().orElseThrow().id();
    }

    /** A client whose requests come from its own loopback address (a client of its own to the rate limit). */
    private static HttpClient from(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return get(CLIENT, path, headers);
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI address(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode json(String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private JsonNode problem(int status, String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> found = new ArrayList<>();
        array.forEach(item -> found.add(item.get(field).asString()));
        return found;
    }

    @Test
    void aCatalogueQueryStringListsThePublishedCasesItFindsWithPageLinksCachingCorsAndNoSession() throws Exception {
        String path = "/api/v1/cases?emne=" + tag + "&sektor=employment&sorter=nyeste";
        HttpResponse<String> response = get(path, "Origin", "https://data.example.org");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=60");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        JsonNode page = JSON.readTree(response.body());
        assertThat(texts(page.get("items"), "title")).containsExactly("Tjekliste til ledige " + tag,
                "SMS-påmindelser " + tag);
        assertThat(page.at("/page/totalItems").asLong()).isEqualTo(2);
        assertThat(page.at("/page/number").asInt()).isEqualTo(1);
        assertThat(page.at("/page/size").asInt()).isEqualTo(50);
        assertThat(page.at("/links/self").asString()).startsWith(baseUrl + "api/v1/cases?").contains("emne=" + tag);
        assertThat(page.at("/links/next").isNull()).isTrue();
        JsonNode item = page.get("items").get(1);
        assertThat(item.get("id").asLong()).isEqualTo(reused.value());
        assertThat(item.get("sector").asString()).isEqualTo("employment");
        assertThat(item.get("municipalityCode").asInt()).isEqualTo(101);
        assertThat(item.at("/organisation/name").asString()).isEqualTo("Københavns Kommune");
        assertThat(item.get("url").asString()).startsWith(baseUrl + "landskab/" + reused.value());

        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/");
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void pagesFollowTheirLinksAndAPagePastTheLastIsRefused() throws Exception {
        JsonNode first = json("/api/v1/cases?emne=" + tag + "&antal=1");
        assertThat(first.at("/page/totalPages").asInt()).isEqualTo(2);
        String next = first.at("/links/next").asString();
        assertThat(next).startsWith(baseUrl).contains("side=2", "antal=1");

        JsonNode second = json(next.substring(baseUrl.length() - 1));
        assertThat(second.at("/page/number").asInt()).isEqualTo(2);
        assertThat(texts(second.get("items"), "title")).containsExactly("SMS-påmindelser " + tag);
        assertThat(second.at("/links/prev").asString()).isEqualTo(first.at("/links/self").asString());

        JsonNode past = problem(400, "/api/v1/cases?emne=" + tag + "&antal=1&side=3");
        assertThat(texts(past.get("errors"), "code")).containsExactly("past-the-end");
    }

    @Test
    void everyProblemOfAnAddressIsRefusedAtOnceInTheClientsLanguage() throws Exception {
        String path = "/api/v1/cases?foo=1&sektor=nope&kommune=999&antal=500&q=sms&q=app";
        JsonNode danish = problem(400, path);
        assertThat(texts(danish.get("errors"), "code")).containsExactlyInAnyOrder("size-too-large",
                "unknown-parameter", "bad-value", "bad-value", "repeated");
        assertThat(danish.get("title").asString()).isEqualTo("Forespørgslen kan ikke besvares");
        assertThat(texts(danish.get("errors"), "message")).contains("Ukendt parameter: foo",
                "En parameter har en ugyldig værdi: kommune=999. Angiv en kommunekode fra registret, fx 101.");
        assertThat(danish.get("instance").asString()).isEqualTo("/api/v1/cases");
        String example = json("/v3/api-docs").at("/components/schemas/ProblemError/properties/message/example")
                .asString();
        assertThat(texts(danish.get("errors"), "message")).as("the OpenAPI document's example, hint and all")
                .contains(example);

        JsonNode english = problem(400, path, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(english.get("title").asString()).isEqualTo("The request cannot be answered");
        assertThat(texts(english.get("errors"), "message")).contains("Unknown parameter: foo");

        assertThat(texts(problem(400, "/api/v1/organisations?niveau=kommune&side=0").get("errors"), "code"))
                .containsExactlyInAnyOrder("bad-value", "bad-value");
        assertThat(texts(problem(400, "/api/v1/adoptions?antal=0").get("errors"), "code"))
                .containsExactly("bad-value");
        assertThat(texts(problem(400, "/api/v1/cases.csv?sorter=tilfaeldig").get("errors"), "code"))
                .containsExactly("bad-value");
    }

    @Test
    void anInvalidValueIsRefusedWithTheValuesItsParameterTakes() throws Exception {
        List<String> danish = texts(problem(400, "/api/v1/cases?sektor=foo&sorter=tilfaeldig&aar=1066&kommune=1")
                .get("errors"), "message");
        assertThat(danish).containsExactlyInAnyOrder(
                "En parameter har en ugyldig værdi: sektor=foo. Tilladte værdier: "
                        + String.join(", ", Arrays.stream(CaseSector.values()).map(ApiValues::code).toList()) + ".",
                "En parameter har en ugyldig værdi: sorter=tilfaeldig. Tilladte værdier: relevans, nyeste, "
                        + "mest-genbrugt.",
                "En parameter har en ugyldig værdi: aar=1066. Angiv et helt tal fra 1900 til 2100.",
                "En parameter har en ugyldig værdi: kommune=1. Angiv en kommunekode fra registret, fx 101.");

        assertThat(texts(problem(400, "/api/v1/organisations?niveau=kommune&antal=x", "Accept-Language", "en")
                .get("errors"), "message")).containsExactlyInAnyOrder(
                "A parameter has an invalid value: niveau=kommune. Allowed values: state, region, municipality, "
                        + "other.",
                "A parameter has an invalid value: antal=x. Give a whole number from 1 to 100.");

        // A number out of range is as invalid as a word: the message says so and what the parameter takes.
        assertThat(texts(problem(400, "/api/v1/cases?side=-1").get("errors"), "message"))
                .containsExactly("En parameter har en ugyldig værdi: side=-1. Angiv et helt tal på mindst 1.");
        assertThat(texts(problem(400, "/api/v1/cases?side=-1", "Accept-Language", "en").get("errors"), "message"))
                .containsExactly("A parameter has an invalid value: side=-1. Give a whole number of at least 1.");
    }

    /** As in the catalogue's addresses, an empty value is a value not given (a form's field left empty). */
    @Test
    void anEmptyValueIsAValueNotGiven() throws Exception {
        JsonNode page = json("/api/v1/cases?emne=" + tag + "&antal=&side=&q=");
        assertThat(page.at("/page/size").asInt()).isEqualTo(ApiQuery.DEFAULT_SIZE);
        assertThat(page.at("/page/totalItems").asLong()).isEqualTo(2);

        assertThat(json("/api/v1/adoptions?antal=&antal=1&side=").at("/page/size").asInt()).isEqualTo(1);
        assertThat(json("/api/v1/organisations?niveau=&kommune=&antal=1").at("/page/size").asInt()).isEqualTo(1);
    }

    @Test
    void aWrongMethodOrFormatIsAProblemDetailInTheClientsLanguage() throws Exception {
        HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(address("/api/v1/cases"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(posted.headers().firstValue("Allow").orElse("")).contains("GET");
        JsonNode wrongMethod = JSON.readTree(posted.body());
        assertThat(wrongMethod.get("title").asString()).isEqualTo("Metoden er ikke tilladt");
        assertThat(wrongMethod.get("detail").asString()).startsWith("Adressen svarer kun på GET").contains("POST");

        JsonNode xml = problem(406, "/api/v1/cases", "Accept", "application/xml", "Accept-Language", "en");
        assertThat(xml.get("title").asString()).isEqualTo("Not acceptable");
        assertThat(xml.get("detail").asString()).contains("application/json");
    }

    /** A download's format is its address's: an Accept that excludes it is refused, as for the lists (decision 019). */
    @Test
    void aDownloadAskedForInAnotherFormatThanItsAddressIsNotAcceptable() throws Exception {
        HttpResponse<String> csvAsJson = get(NEGOTIATING_CLIENT, "/api/v1/cases.csv", "Accept", "application/json");
        assertThat(csvAsJson.statusCode()).isEqualTo(406);
        assertThat(csvAsJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(csvAsJson.body()).get("detail").asString())
                .startsWith("Adressen svarer kun som text/csv:").contains("/api/v1/cases.json");
        assertThat(get(NEGOTIATING_CLIENT, "/api/v1/cases.json", "Accept", "text/csv").statusCode()).isEqualTo(406);
        assertThat(get(NEGOTIATING_CLIENT, "/api/v1/cases.csv", "Accept", "text/csv").statusCode()).isEqualTo(200);
        HttpResponse<String> csvAsBrowser = get(NEGOTIATING_CLIENT, "/api/v1/cases.csv", "Accept",
                "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(csvAsBrowser.statusCode()).as("a browser's Accept").isEqualTo(200);
        assertThat(String.join(",", csvAsBrowser.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT)
                .split(" *, *")).as("cached apart by Accept and by language").contains("accept", "cookie");
    }

    /** An Accept that cannot be read names no format; the problem names the address's own. */
    @Test
    void aDownloadWithAnUnreadableAcceptNamesItsFormat() throws Exception {
        HttpResponse<String> unreadable = get(NEGOTIATING_CLIENT, "/api/v1/cases.csv", "Accept", "foo");
        assertThat(unreadable.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(unreadable.body()).get("detail").asString())
                .startsWith("Adressen svarer kun som text/csv:");
        JsonNode list = problem(406, "/api/v1/cases", "Accept", "foo");
        assertThat(list.get("detail").asString()).doesNotContain("som :")
                .startsWith("Adressen svarer");
    }

    @Test
    void aPublishedCaseHasEverythingPublicAndOnlyPublishedCasesAreFound() throws Exception {
        JsonNode kase = json("/api/v1/cases/" + reused.value());

        assertThat(kase.get("title").asString()).isEqualTo("SMS-påmindelser " + tag);
        assertThat(kase.get("partners").asString()).isEqualTo("KL");
        assertThat(kase.at("/organisation/municipalityCode").asInt()).isEqualTo(101);
        assertThat(kase.at("/organisation/type").asString()).isEqualTo("municipality");
        assertThat(kase.get("level").asString()).isEqualTo("municipality");
        assertThat(kase.at("/qualification/effect").asString()).contains("<strong>udeblivelser</strong>");
        assertThat(kase.get("evidenceLevel").asString()).isEqualTo("comparison-group");
        JsonNode result = kase.get("results").get(0);
        assertThat(result.get("baseline").asString()).isEqualTo("8,66");
        assertThat(result.get("expected").asBoolean()).isTrue();
        assertThat(result.get("followUp").asString()).isEqualTo(LocalDate.now().plusYears(1).toString());
        assertThat(kase.at("/contact/role").asString()).isEqualTo("Projektleder");
        assertThat(kase.at("/contact/name").isNull()).isTrue();
        assertThat(kase.get("tags").toString()).contains(tag);
        assertThat(kase.get("links").get(0).asString()).isEqualTo("https://example.dk/rapport");
        assertThat(kase.at("/adoptions/0/organisation/name").asString()).isEqualTo("Aarhus Kommune");
        assertThat(kase.at("/adoptions/0/kind").asString()).isEqualTo("adapted");
        assertThat(kase.get("url").asString()).isEqualTo(baseUrl + cases.screen(reused).orElseThrow().path());
        assertThat(json("/api/v1/cases/" + withPublicContact.value()).at("/contact/name").asString())
                .isEqualTo(publicContact.name());

        assertThat(problem(404, "/api/v1/cases/" + draft.value()).get("detail").asString())
                .isEqualTo("Der er ingen offentliggjort case med nummeret " + draft.value() + ".");
        JsonNode notANumber = problem(400, "/api/v1/cases/abc");
        assertThat(texts(notANumber.get("errors"), "code")).containsExactly("bad-case-number");
        assertThat(texts(notANumber.get("errors"), "message")).containsExactly(
                "Et casenummer skal være et helt tal: abc");
        problem(404, "/api/v1/cases/" + "9".repeat(25));
        problem(404, "/api/v1/findes-ikke");
    }

    @Test
    void adoptionsAndTheRegisterArePagedAndFiltered() throws Exception {
        List<JsonNode> ours = new ArrayList<>();
        String next = "/api/v1/adoptions?antal=100";
        while (next != null) {
            JsonNode page = json(next);
            page.get("items").forEach(item -> {
                if (item.get("caseId").asLong() == reused.value()) {
                    ours.add(item);
                }
            });
            next = page.at("/links/next").isNull() ? null : page.at("/links/next").asString()
                    .substring(baseUrl.length() - 1);
        }
        assertThat(ours).singleElement().satisfies(adoption -> {
            assertThat(adoption.at("/organisation/name").asString()).isEqualTo("Aarhus Kommune");
            assertThat(adoption.get("changes").asString()).contains("<strong>tilpasset</strong>");
            assertThat(adoption.get("results").asString()).isEqualTo("Færre udeblivelser");
            assertThat(adoption.get("adoptedIn").asString()).matches("\\d{4}-\\d{2}");
        });

        JsonNode inAarhus = json("/api/v1/organisations?niveau=municipality&kommune=751");
        assertThat(texts(inAarhus.get("items"), "municipalityCode")).containsOnly("751");
        JsonNode aarhus = inAarhus.get("items").get(0);
        assertThat(aarhus.get("name").asString()).isEqualTo("Aarhus Kommune");
        assertThat(aarhus.get("officialCode").asInt()).isEqualTo(751);
        assertThat(aarhus.get("regionCode").asInt()).isEqualTo(1082);
        assertThat(aarhus.get("parentId").isNull()).isTrue();
        assertThat(aarhus.get("mergedInto").isNull()).isTrue();
        JsonNode ofTheState = json("/api/v1/organisations?niveau=state&antal=100");
        assertThat(ofTheState.at("/page/totalItems").asLong()).isPositive();
        assertThat(texts(ofTheState.get("items"), "type")).containsOnly("state");
    }

    @Test
    void theDownloadsHoldEveryCaseOfTheSearchAsExcelCsvAndJson() throws Exception {
        HttpResponse<byte[]> csv = CLIENT.send(HttpRequest.newBuilder(address("/api/v1/cases.csv?emne="
                + tag + "&side=2")).build(), HttpResponse.BodyHandlers
                .ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("innovationscases.csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).as("headed in the portal's language, Danish unless chosen otherwise")
                .startsWith("Nummer;Titel;Resumé;Organisationens nummer;Organisation;")
                .contains(";Forvaltningsniveau (kode);Forvaltningsniveau;Kommunekode;Kommune;Sektor (kode);Sektor;");
        assertThat(lines.get(2)).startsWith(reused.value() + ";SMS-påmindelser " + tag + ";").contains(
                ";Københavns Kommune;municipality;Kommunal;101;Københavns Kommune;employment;Beskæftigelse;pilot;"
                        + "Pilotprojekt;", tag + " | sms");
        assertThat(csv.headers().allValues("Vary")).as("the language is the cookie's").anyMatch(vary -> vary
                .toLowerCase(java.util.Locale.ROOT).contains("cookie"));
        List<String> english = get(NEGOTIATING_CLIENT, "/api/v1/cases.csv?emne=" + tag, "Cookie", "portal-lang=en")
                .body().lines().toList();
        assertThat(english.getFirst()).startsWith("\uFEFFNumber;Title;Summary;Organisation number;Organisation;");
        assertThat(english.get(2)).contains(";Københavns Kommune;municipality;Municipal;101;Københavns Kommune;"
                + "employment;Employment;pilot;Pilot;");

        JsonNode json = JSON.readTree(get("/api/v1/cases.json?emne=" + tag).body());
        assertThat(texts(json, "title")).containsExactly("Tjekliste til ledige " + tag, "SMS-påmindelser " + tag);

        HttpResponse<byte[]> gzipped = CLIENT.send(HttpRequest.newBuilder(address("/api/v1/cases.json"))
                .header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    /**
     * The tests read a download two cases at a time ({@code portal.opendata.download-chunk}): a file of every published
     * case holds each once, in the list's order, across the chunks.
     */
    @Test
    void aDownloadReadInChunksHoldsEveryCaseOnceInTheSearchsOrder() throws Exception {
        List<Long> listed = new ArrayList<>();
        String next = "/api/v1/cases?antal=" + ApiQuery.MAX_SIZE;
        while (next != null) {
            JsonNode page = json(next);
            page.get("items").forEach(item -> listed.add(item.get("id").asLong()));
            next = page.at("/links/next").isMissingNode() || page.at("/links/next").isNull() ? null
                    : page.at("/links/next").asString().substring(baseUrl.length() - 1);
        }
        List<Long> downloaded = new ArrayList<>();
        JSON.readTree(get("/api/v1/cases.json").body()).forEach(item -> downloaded.add(item.get("id").asLong()));
        List<Long> inCsv = new ArrayList<>();
        CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(get("/api/v1/cases.csv").body().substring(1)))
                .forEach(line -> inCsv.add(Long.valueOf(line.get("Nummer"))));

        assertThat(listed).hasSizeGreaterThan(4).doesNotHaveDuplicates();
        assertThat(downloaded).isEqualTo(listed);
        assertThat(inCsv).isEqualTo(listed);
    }

    /**
     * Every endpoint's JSON, read whole: no demo account's or test contact's name or e-mail, except the name of a
     * contact person who chose to be public, as the contact of that case (other tests make demo staff such a contact).
     */
    @Test
    void noEndpointShowsPersonalData() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        String next = "/api/v1/cases?antal=100";
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            bodies.add(response.body());
            JsonNode page = JSON.readTree(response.body());
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            next = page.at("/links/next").isNull() ? null : page.at("/links/next").asString()
                    .substring(baseUrl.length() - 1);
        }
        Map<Long, String> publicContacts = new HashMap<>();
        database.query("""
                select c.id, p.display_name from landscape_case c join person p on p.id = c.contact_person_id
                where c.contact_public""", row -> {
            publicContacts.put(row.getLong(1), row.getString(2));
        });
        assertThat(publicContacts).containsEntry(withPublicContact.value(), publicContact.name())
                .doesNotContainKey(reused.value());
        for (long id : ids) {
            ObjectNode kase = (ObjectNode) json("/api/v1/cases/" + id);
            if (publicContacts.containsKey(id)) {
                assertThat(kase.at("/contact/name").asString()).isEqualTo(publicContacts.get(id));
                ((ObjectNode) kase.get("contact")).remove("name");
            }
            bodies.add(kase.toString());
        }
        for (String list : List.of("/api/v1/adoptions?antal=100", "/api/v1/organisations?antal=100",
                "/api/v1/cases.json", "/api/v1/cases.csv")) {
            HttpResponse<String> response = get(list);
            assertThat(response.statusCode()).as(list).isEqualTo(200);
            bodies.add(response.body());
        }
        assertThat(ids).contains(reused.value(), withPublicContact.value());

        List<String> personal = new ArrayList<>(database.queryForList(
                "select display_name from person where email like '%@demo.coi.dk'", String.class));
        personal.addAll(database.queryForList("select email from person where email like '%@demo.coi.dk'",
                String.class));
        assertThat(personal).hasSizeGreaterThanOrEqualTo(8);
        personal.addAll(List.of(hiddenContact.name(), hiddenContact.email(), publicContact.email(),
                publicContact.name(), adopterName, publisherName));
        String all = String.join("\n", bodies);
        assertThat(personal).allSatisfy(person -> assertThat(all).doesNotContain(person));
        assertThat(all).doesNotContain("contactPerson", "personId", "@");
    }

    @Test
    void aTitleExcelWouldReadAsAFormulaIsWrittenAsTextInTheCsv() throws Exception {
        HttpResponse<String> csv = get("/api/v1/cases.csv?emne=" + encoded(plusTag));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(";\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Klik\"\") " + tag + "\";",
                ";'+45 telefonliste " + tag + ";").doesNotContain(";\"=HYPERLINK", ";+45");
    }

    @Test
    void aPlusInASearchSurvivesItsPageLinks() throws Exception {
        JsonNode first = json("/api/v1/cases?emne=" + encoded(plusTag) + "&antal=1");
        assertThat(first.at("/page/totalItems").asLong()).isEqualTo(2);
        String next = first.at("/links/next").asString();
        assertThat(next).contains("emne=" + encoded(plusTag));

        JsonNode second = json(next.substring(baseUrl.length() - 1));
        assertThat(second.at("/page/number").asInt()).isEqualTo(2);
        assertThat(second.at("/page/totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void downloadsHaveALowerLimitOfTheirOwn() throws Exception {
        HttpClient downloader = from("127.0.0.4");
        String nothing = "/api/v1/cases.json?emne=" + tag + "-ingen";
        for (int i = 0; i < 10; i++) {
            assertThat(get(downloader, nothing).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get(downloader, nothing);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(downloader, "/api/v1/cases?emne=" + tag + "-ingen").statusCode()).as("a list")
                .isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsRateLimitedAndBuiltInTheApisLanguagesOnly() throws Exception {
        HttpResponse<String> document = get("/v3/api-docs", "Accept-Language", "x-" + tag.replace("opendata-", ""));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("RateLimit-Limit")).contains("120");
        assertThat(JSON.readTree(document.body()).at("/info/description").asString())
                .contains("120 requests a minute, 10 of them downloads");
    }

    @Test
    void anIpv6ClientCountsByItsNetwork() {
        assertThat(ApiRateLimit.client("2001:db8:0:1:2::5")).isEqualTo(ApiRateLimit.client("2001:db8:0:1:ffff::1"))
                .isNotEqualTo(ApiRateLimit.client("2001:db8:0:2::1"));
        assertThat(ApiRateLimit.client("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aClientPastItsLimitIsToldToWait() throws Exception {
        HttpResponse<String> first = get(OTHER_CLIENT, "/api/v1/cases/0");
        assertThat(first.headers().firstValue("RateLimit-Limit")).contains("120");
        assertThat(first.headers().firstValue("RateLimit-Remaining")).contains("119");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("119");
        for (int i = 1; i < 120; i++) {
            assertThat(get(OTHER_CLIENT, "/api/v1/cases/0").statusCode()).isEqualTo(404);
        }

        HttpResponse<String> refused = get(OTHER_CLIENT, "/api/v1/cases/0", "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(JSON.readTree(refused.body()).get("title").asString()).isEqualTo("Too many requests");
        assertThat(get("/api/v1/cases/0").statusCode()).as("another client").isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiOnly() throws Exception {
        JsonNode document = json("/v3/api-docs");

        List<String> paths = new ArrayList<>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/v1", "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/adoptions",
                "/api/v1/organisations", "/api/v1/cases.csv", "/api/v1/cases.json");
        assertThat(document.at("/info/license/name").asString()).isEqualTo("CC BY 4.0");
        assertThat(document.at("/info/contact/email").asString()).isEqualTo("innovation@coi.example");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo(baseUrl);
        List<String> parameters = new ArrayList<>();
        JsonNode listCases = document.at("/paths/~1api~1v1~1cases/get");
        listCases.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
        assertThat(parameters).containsExactly("q", "sektor", "niveau", "region", "kommune", "fase", "type",
                "evidens", "nyhed", "aar", "emne", "sorter", "side", "antal");
        assertThat(listCases.at("/parameters/1/schema/items/enum").toString()).contains("\"employment\"");
        assertThat(listCases.at("/parameters/4/schema/items/enum").toString()).contains("101", "751");
        assertThat(listCases.at("/responses/400/content").toString()).contains("application/problem+json");
        assertThat(document.at("/paths/~1api~1v1~1cases~1{id}/get/responses/404")).isNotNull();
        assertThat(document.at("/components/schemas/Problem/properties/errors")).isNotNull();
    }
}
