package dk.coi.portal.ideastorm.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.ideastorm.StormList;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSummary;
import dk.coi.portal.support.PortalTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The storm list and a storm's page as a reader who is not signed in, a search engine or a link preview fetches
 * them, on the demo storms: content in the first response, title, description, canonical address, no session, one
 * address per storm and 404 for a storm that is not there.
 */
@PortalTest
class StormPagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    StormService storms;

    @Test
    void theListShowsOpenComingAndConcludedStormsInThatOrder() throws Exception {
        String html = readablePage(port, "/idestorme");

        assertThat(html).contains("<title>Idéstorme | Innovationsportalen</title>", "<h1>Idéstorme</h1>")
                .contains("<meta name=\"description\" content=\"I idéstormene kan alle")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "idestorme\">")
                .as("the menu entry stays the storms' own, current here")
                .contains("id=\"nav-idestorme\" href=\"/idestorme\" aria-current=\"page\"")
                .containsSubsequence("id=\"storms-open\"", "Hvordan får flere unge ledige til at møde op til samtalen i jobcenteret?",
                        "Bedre overgange fra sygedagpenge til job", "id=\"storms-coming\"",
                        "Der er ingen kommende idéstorme.", "id=\"storms-concluded\"", "Færre breve i e-Boks")
                .contains("Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen")
                .contains("Fase: Åben for idéer · ", "Fase: Tematisering · ")
                .containsPattern("Fase: Tematisering · 4 dage og \\d timer? tilbage")
                .contains("<a href=\"/" + open().path() + "\">Unge ledige til samtalen i jobcentret</a>");
    }

    @Test
    void aStormPageShowsItsQuestionDescriptionAndPhasesWithTheCurrentOneMarked() throws Exception {
        StormSummary klk = storms.storms().open().stream()
                .filter(storm -> storm.title().startsWith("Bedre overgange")).findFirst().orElseThrow();
        String html = readablePage(port, "/" + klk.path());

        assertThat(klk.path()).isEqualTo("idestorme/" + klk.id().value() + "-bedre-overgange-fra-sygedagpenge-til-job");
        assertThat(html).contains("<title>Bedre overgange fra sygedagpenge til job | Innovationsportalen</title>")
                .contains("<h1 lang=\"da\">Bedre overgange fra sygedagpenge til job</h1>")
                .contains("<meta name=\"description\" content=\"Hvordan kan jobcentret og arbejdspladsen sammen")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + klk.path() + "\">")
                .contains("id=\"storm-question\"", "<dd lang=\"da\">KL's Konsulentvirksomhed (KLK)</dd>",
                        "Kun offentligt ansatte")
                .contains("<dd id=\"storm-current-phase\">Tematisering</dd>")
                .containsPattern("<p id=\"storm-time-left\" class=\"portal-storm-time-left\">4 dage og \\d timer? tilbage</p>")
                .as("the description through the Markdown pipeline")
                .contains("<div id=\"storm-description\" class=\"portal-prose\" lang=\"da\"><p>Et KLK-forløb")
                .as("the phases in order, the current one said in words and marked as the current step")
                .containsSubsequence("<ol id=\"storm-phases\"", "Opdagelse", "Tematisering", "Idéudvikling", "Afstemning",
                        "Vurdering", "Test", "Afsluttet", "</ol>")
                .containsOnlyOnce("aria-current=\"step\"")
                .containsPattern("aria-current=\"step\"><span class=\"portal-storm-phase-name\">Tematisering</span> "
                        + "<span class=\"portal-tag portal-tag--info\">nu</span> <span class=\"portal-storm-phase-times\">"
                        + "\\d+\\. [a-z]+\\.? \\d{4} \\d\\d[.:]00 – ");
    }

    @Test
    void aStormsMarkdownIsRenderedAndItsOwnWordsAreMarkedDanishInEnglish() throws Exception {
        HttpResponse<String> english = get(port, "/" + open().path(), "Cookie", "portal-lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<strong>dine idéer</strong>", "<li>Hvad får en ung til at huske")
                .contains("<h1 lang=\"da\">Unge ledige til samtalen i jobcentret</h1>", "Everyone signed in")
                .contains("<dd id=\"storm-current-phase\">Open for ideas</dd>")
                .containsPattern("\\d+ days? and \\d+ hours? left");
    }

    @Test
    void aStormHasOneAddressTheOthersLeadThere() throws Exception {
        StormSummary storm = open();
        for (String other : new String[] {"/idestorme/" + storm.id().value(),
                "/idestorme/" + storm.id().value() + "-en-gammel-titel"}) {
            HttpResponse<String> response = get(port, other);
            assertThat(response.statusCode()).as(other).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(other).endsWith("/" + storm.path());
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void anUnknownStormIsNotFoundWithThePortalsPage() throws Exception {
        for (String path : new String[] {"/idestorme/987654", "/idestorme/987654-findes-ikke", "/idestorme/abc"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<h1>Siden findes ikke</h1>", "class=\"portal-footer\"");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theSitemapListsTheListAndEveryStorm() throws Exception {
        StormList list = storms.storms();
        String sitemap = get(port, "/sitemap.xml").body();
        assertThat(sitemap).contains("<loc>" + baseUrl + "idestorme</loc>");
        for (StormSummary storm : list.open()) {
            assertThat(sitemap).contains("<loc>" + baseUrl + storm.path() + "</loc>");
        }
        assertThat(sitemap).contains("<loc>" + baseUrl + list.concluded().getFirst().path() + "</loc>");
    }

    private StormSummary open() {
        return storms.storms().open().stream().filter(storm -> storm.title().startsWith("Unge ledige")).findFirst()
                .orElseThrow();
    }
}
