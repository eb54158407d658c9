package dk.coi.portal.wiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A wiki page as a reader who is not signed in, a search engine or a link preview fetches it: plain HTTP. */
@PortalTest
class WikiPagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    WikiService wiki;
    @Autowired
    PersonService people;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String newPage(String content) {
        String title = "Læseside " + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(people.localAccountId("medarbejder@demo.coi.dk").orElseThrow(), "Mads Medarbejder", Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, content, "Start", false, null));
        signedIn.clear();
        return title;
    }

    @Test
    void aPageIsInTheFirstResponseWithItsTitleDescriptionCanonicalAddressAndStructuredData() throws Exception {
        String title = newPage("Borgerne **svarer** hurtigere, når [[Syv principper|principperne]] følges.\n\n"
                + "Mere tekst <script>alert(1)</script>.");

        HttpResponse<String> response = get("/" + WikiTitles.path(title));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = response.body();
        assertThat(html).contains("<title>" + title + " | Innovationsportalen</title>")
                .contains("<meta name=\"description\" content=\"Borgerne svarer hurtigere, når principperne følges.")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + WikiTitles.path(title).replace("%", "%") + "\">")
                .contains("<meta property=\"og:title\" content=\"" + title + "\">")
                .contains("\"@type\":\"Article\"").contains("\"headline\":\"" + title + "\"")
                .contains("<strong>svarer</strong>")
                .contains("Mads Medarbejder")
                .contains("id=\"header-search\"").contains("href=\"/wiki\"")
                .contains("href=\"/login?next=/" + WikiTitles.path(title).replace("%", "%25") + "\"")
                .doesNotContain("<script>alert(1)</script>").doesNotContain("vaadin");
    }

    @Test
    void aReaderGetsNoSessionAndACacheableAnswerThatIsNotSentAgainWhenCurrent() throws Exception {
        String path = "/" + WikiTitles.path(newPage("Tekst til mellemlager."));

        HttpResponse<String> first = get(path);

        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("no-cache");
        assertThat(first.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Cookie");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aPageIsSentCompressedToABrowserThatAcceptsIt() throws Exception {
        String path = "/" + WikiTitles.path(newPage("Lang tekst. ".repeat(400)));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Lang tekst.");
        assertThat(response.body().length).isLessThan(html.length() / 4);
    }

    @Test
    void theThemeIsServedUnderAnAddressNamingItsContentForBrowsersToKeep() throws Exception {
        String html = get("/" + WikiTitles.path(newPage("Med stil."))).body();
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("<link rel=\"stylesheet\" href=\"(/assets/[0-9a-f]{12}/themes/portal/styles\\.css)\">")
                .matcher(html);
        assertThat(link.find()).as("the theme's address in " + html).isTrue();

        HttpResponse<String> css = get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000")
                .contains("immutable");
        java.util.regex.Matcher font = java.util.regex.Pattern.compile("url\\(['\"]?(fonts/[^'\")]+)").matcher(css.body());
        assertThat(font.find()).isTrue();
        String fontAddress = link.group(1).replace("styles.css", font.group(1));
        assertThat(get(fontAddress).headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        assertThat(get("/assets/000000000000/themes/portal/styles.css").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingPageAnswersNotFoundWithThePortalsOwnPage() throws Exception {
        HttpResponse<String> response = get("/wiki/Findes_ikke_" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Der findes endnu ingen side med denne titel.")
                .contains("class=\"portal-footer\"");
    }

    @Test
    void aRedirectSendsTheReaderToItsTargetSayingWhereTheyCameFrom() throws Exception {
        String target = newPage("Målet.");
        String redirect = newPage("#OMDIRIGER [[" + target + "]]");

        HttpResponse<String> response = get("/" + WikiTitles.path(redirect));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/" + WikiTitles.path(target) + "?fra=");
        assertThat(get(location).body()).contains("id=\"redirected-from\"").contains("Målet.");
        assertThat(get("/" + WikiTitles.path(redirect) + "?omdiriger=nej").statusCode()).isEqualTo(200);
    }

    @Test
    void theWikisOwnScreensAreNotTakenForPages() throws Exception {
        org.springframework.web.util.pattern.PathPattern page =
                org.springframework.web.util.pattern.PathPatternParser.defaultInstance.parse(WikiPages.PAGE);
        for (java.lang.reflect.Field field : dk.coi.portal.wiki.WikiRoutes.class.getFields()) {
            String route = (String) field.get(null);
            if (route.matches("wiki/[a-z-]+")) {
                assertThat(page.matches(org.springframework.http.server.PathContainer.parsePath("/" + route)))
                        .as(route).isFalse();
            }
        }
        assertThat(page.matches(org.springframework.http.server.PathContainer.parsePath("/wiki/Logbog"))).isTrue();
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsToThePage() throws Exception {
        String path = "/" + WikiTitles.path(newPage("Engelsk ramme."));

        HttpResponse<String> danish = get(path);
        assertThat(danish.body()).contains("<html lang=\"da\"").contains("href=\"/sprog/en?tilbage=");
        HttpResponse<String> switched = get("/sprog/en?tilbage=" + java.net.URLEncoder.encode(path,
                StandardCharsets.UTF_8));
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).contains(path);
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(get(path, "Cookie", cookie).body()).contains("<html lang=\"en\"").contains(">Sign in<");

        assertThat(get("/sprog/en?tilbage=//evil.example/").headers().firstValue("Location")).contains("/");
    }
}
