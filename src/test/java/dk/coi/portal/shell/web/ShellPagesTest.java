package dk.coi.portal.shell.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shell.NewsArchive;
import dk.coi.portal.shell.internal.NewsItem;
import dk.coi.portal.shell.internal.NewsItemRepository;
import dk.coi.portal.support.PortalTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell's pages as a reader who is not signed in, a search engine or a link preview fetches them. */
@PortalTest
class ShellPagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    NewsItemRepository newsItems;

    @Test
    void theFrontPageHasTheAreasAndTheNewestNewsInTheFirstResponse() throws Exception {
        String html = readablePage(port, "/");

        assertThat(html).contains("<html lang=\"da\"")
                .as("the portal's name, said once").contains("<title>Innovationsportalen</title>")
                .contains("<meta name=\"description\" content=\"Del viden om offentlig innovation")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "\">")
                .contains("<meta property=\"og:type\" content=\"website\">")
                .contains("<h1>Innovationsportalen</h1>")
                .contains("<a href=\"/idestorme\">Idéstorme</a>", "<a href=\"/praktik\">Innovationspraktik</a>")
                .contains("id=\"whats-new\"", "<a href=\"/nyheder/1\">Velkommen til Innovationsportalen</a>")
                .as("the news is in Danish, also for a reader who chose English")
                .contains("<h3 lang=\"da\"><a href=\"/nyheder/1\">")
                .contains("id=\"news-archive-link\" href=\"/nyheder\"")
                .contains("id=\"nav-home\"", "id=\"nav-wiki\"", "id=\"nav-sog\"", "id=\"login-link\"")
                .doesNotContain("id=\"nav-admin\"", "id=\"nav-moderation\"");
        assertThat(html).as("the front page is the current menu entry, and only it")
                .contains("id=\"nav-home\" href=\"/\" aria-current=\"page\"")
                .containsOnlyOnce("aria-current");
    }

    @Test
    void everyPublicPageHasTheIconAndAPreviewPictureAtAnAbsoluteAddress() throws Exception {
        for (String path : new String[] {"/", "/nyheder", "/nyheder/1", "/tilgaengelighed", "/wiki", "/sog?q=innovation"}) {
            String html = readablePage(port, path);
            assertThat(html).as(path).contains("<meta property=\"og:image\" content=\"" + baseUrl
                    + "themes/portal/og-image.png\">")
                    .containsPattern("<link rel=\"icon\" href=\"/assets/[0-9a-f]{12}/themes/portal/favicon\\.svg\" "
                            + "type=\"image/svg\\+xml\">")
                    .containsPattern("<link rel=\"icon\" href=\"/assets/[0-9a-f]{12}/themes/portal/favicon\\.png\" "
                            + "type=\"image/png\" sizes=\"32x32\">");
        }
        String html = readablePage(port, "/");
        java.util.regex.Matcher icons = java.util.regex.Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\" type=\"([^\"]+)\"")
                .matcher(html);
        int found = 0;
        while (icons.find()) {
            HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + icons.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(icon.statusCode()).as(icons.group(1)).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith(icons.group(2));
            found++;
        }
        assertThat(found).isEqualTo(2);
        HttpResponse<byte[]> preview = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/themes/portal/og-image.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(preview.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theFrontPageIsInEnglishForAReaderWhoChoseEnglish() throws Exception {
        HttpResponse<String> english = get(port, "/", "Cookie", "portal-lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"", "<h1>Innovation Portal</h1>", ">Sign in<")
                .contains("<title>Innovation Portal</title>").contains("<h3 lang=\"da\"><a href=\"/nyheder/1\">");
        assertThat(english.headers().firstValue("ETag")).isNotEqualTo(get(port, "/").headers().firstValue("ETag"));
    }

    @Test
    void aNewsItemIsAnArticleWithItsOwnAddress() throws Exception {
        String html = readablePage(port, "/nyheder/1");

        assertThat(html).contains("<title>Velkommen til Innovationsportalen | Innovationsportalen</title>")
                .as("a Danish text also for a reader who chose English")
                .contains("<h1 lang=\"da\">Velkommen til Innovationsportalen</h1>")
                .contains("<meta name=\"description\" content=\"")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "nyheder/1\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("\"@type\":\"NewsArticle\"", "\"datePublished\":\"")
                .contains("class=\"portal-prose\"");
    }

    @Test
    void theNewsArchiveListsAllNewsNewestFirstAPageAtATime() throws Exception {
        List<NewsItem> added = new ArrayList<>();
        try {
            IntStream.rangeClosed(1, NewsArchive.PAGE_SIZE + 1).forEach(number -> added.add(newsItems.save(
                    new NewsItem("Arkivnyhed " + number, "Tekst " + number + ".", LocalDate.now().minusYears(20)
                            .plusDays(number)))));
            int total = newsItems.findAll().size();
            int pages = (total + NewsArchive.PAGE_SIZE - 1) / NewsArchive.PAGE_SIZE;

            String first = readablePage(port, "/nyheder");

            assertThat(first).contains("<title>Nyheder fra COI | Innovationsportalen</title>", "<h1>Nyheder fra COI</h1>")
                    .contains("<link rel=\"canonical\" href=\"" + baseUrl + "nyheder\">")
                    .contains("<meta name=\"description\" content=\"Alle nyheder fra Center for Offentlig Innovation")
                    .contains("id=\"news-archive\"", "<h2 lang=\"da\"><a href=\"/nyheder/1\">")
                    .contains("Side 1 af " + pages, "id=\"news-next\" href=\"/nyheder?side=2\" rel=\"next\"")
                    .doesNotContain("news-previous", "Arkivnyhed 1<");
            assertThat(first.indexOf(">Velkommen til Innovationsportalen<"))
                    .as("newest first: the demo news before those of twenty years ago").isPositive()
                    .isLessThan(first.indexOf(">Arkivnyhed " + added.size() + "<"));
            String last = readablePage(port, "/nyheder?side=" + pages);
            assertThat(last).contains("Arkivnyhed 1<", "id=\"news-previous\"").doesNotContain("news-next")
                    .contains("<link rel=\"canonical\" href=\"" + baseUrl + "nyheder?side=" + pages + "\">");
            assertThat(last.indexOf("Arkivnyhed 2<")).isLessThan(last.indexOf("Arkivnyhed 1<"));
            HttpResponse<String> past = get(port, "/nyheder?side=" + (pages + 1));
            assertThat(past.statusCode()).isEqualTo(404);
            assertThat(past.body()).contains("<h1>Siden findes ikke</h1>");
        } finally {
            newsItems.deleteAll(added);
        }
    }

    @Test
    void aNewsItemThatDoesNotExistIsNotFoundWithThePortalsPage() throws Exception {
        HttpResponse<String> response = get(port, "/nyheder/999999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Siden findes ikke</h1>", "class=\"portal-footer\"")
                .as("the footer's contact is the configured one").contains("<a href=\"mailto:innovation@coi.example\">Kontakt COI</a>");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"historier, Gode historier, gode historier om offentlig service",
            "praktik, Innovationspraktik, praktikpladser til den årlige praktikuge"})
    void anAreaStillToComeSaysSo(String route, String title, String text) throws Exception {
        String html = readablePage(port, "/" + route);

        assertThat(html).contains("<title>" + title + " | Innovationsportalen</title>", "<h1>" + title + "</h1>")
                .contains("class=\"portal-coming-soon\"", "kommer snart", text)
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + route + "\">")
                .contains("<meta name=\"description\" content=\"");
    }

    @ParameterizedTest
    @CsvSource({"tilgaengelighed, Tilgængelighedserklæring, Digitaliseringsstyrelsen, Sådan lever",
            "privatliv, Privatlivspolitik, nødvendige for at logge ind, Hvilke personoplysninger"})
    void theInformationPagesAreReadableWithoutSigningIn(String route, String title, String text, String description)
            throws Exception {
        String html = readablePage(port, "/" + route);

        assertThat(html).contains("<title>" + title + " | Innovationsportalen</title>", "<h1>" + title + "</h1>", text)
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + route + "\">")
                .contains("<meta name=\"description\" content=\"" + description);
    }

    /** What the law asks of a public body's statement and policy, with a detail not configured left out. */
    @Test
    void theStatementAndThePolicySayWhatTheLawAsksInTheReadersLanguage() throws Exception {
        assertThat(readablePage(port, "/tilgaengelighed"))
                .contains("delvist i overensstemmelse", "Indhold, der ikke er tilgængeligt", "selvevaluering",
                        "href=\"mailto:innovation@coi.example\"",
                        "href=\"https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/\"")
                .doesNotContain("{phone}", "Telefon:", "WAS-Tool");
        assertThat(readablePage(port, "/privatliv"))
                .contains("Dataansvarlig", "artikel 6, stk. 1, litra e", "Hvor længe", "Datatilsynet",
                        "Slettet bruger")
                .contains("Databeskyttelsesrådgiver: <a href=\"mailto:innovation&#64;coi.example\"", "hashværdi")
                .doesNotContain("{dpo}");
        assertThat(get(port, "/was").headers().firstValue("Location")).as("the agency's short address")
                .hasValue("/tilgaengelighed");
        assertThat(get(port, "/tilgaengelighed", "Cookie", PortalLocales.COOKIE + "=en").body())
                .as("no sentence left pointing at a statement that is not configured").doesNotContain("WAS-Tool");
        assertThat(get(port, "/privatliv", "Cookie", PortalLocales.COOKIE + "=en").body()).contains("<h1>Privacy policy</h1>", "Article 6(1)(e)")
                .doesNotContain("Dataansvarlig");
    }

    @Test
    void theSignInLinkReturnsToThePageItWasChosenOn() throws Exception {
        assertThat(get(port, "/nyheder/2").body()).contains("id=\"login-link\" href=\"/login?next=/nyheder/2\"");
        assertThat(get(port, "/").body()).contains("id=\"login-link\" href=\"/login\"");
    }

    /**
     * Vaadin's own requests go to the front page's address too: they reach Vaadin, not the front page, nor a 405
     * for the method the front page does not take.
     */
    @Test
    void vaadinsOwnRequestsToTheFrontPagesAddressStillReachVaadin() throws Exception {
        HttpResponse<String> init = get(port, "/?v-r=init&location=");
        assertThat(init.body()).doesNotContain("<html", "whats-new");

        HttpResponse<String> uidl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).isNotEqualTo(405);
        assertThat(uidl.body()).doesNotContain("whats-new");
    }
}
