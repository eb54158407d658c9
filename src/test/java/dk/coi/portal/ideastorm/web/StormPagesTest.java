package dk.coi.portal.ideastorm.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormList;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSummary;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
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

    @Autowired
    TestStorms testStorms;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aStormWithoutADescriptionShowsNoEmptySectionForIt() throws Exception {
        StormId id = testStorms.storm("Kort og godt").description("").start();
        String html = readablePage(port, "/" + StormRoutes.storm(id, "Kort og godt"));

        assertThat(html).contains("<h1 lang=\"da\">Kort og godt</h1>", "id=\"storm-phases-heading\"")
                .doesNotContain("Om idéstormen", "id=\"storm-description\"");
    }

    @Test
    void theListShowsOpenComingAndConcludedStormsInThatOrder() throws Exception {
        String html = readablePage(port, "/idestorme");

        assertThat(html).contains("<title>Idéstorme | Innovationsportalen</title>", "<h1>Idéstorme</h1>")
                .contains("<meta name=\"description\" content=\"I idéstormene kan alle")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "idestorme\">")
                .as("the menu entry stays the storms' own, current here")
                .contains("id=\"nav-idestorme\" href=\"/idestorme\" aria-current=\"page\"")
                .containsSubsequence("id=\"storms-open\"", "Hvordan får vi flere unge ledige til at møde op til samtalen i jobcentret?",
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
                .as("the time left with its phase, the end as a machine-readable time, in Danish time; no live region")
                .containsPattern("<p id=\"storm-time-left\" class=\"portal-storm-time-left\">Fasen »Tematisering« slutter "
                        + "om 4 dage og \\d timer?, <time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00\\+0[12]:00\">[a-zæø]+dag "
                        + "\\d+\\. [a-z]+ kl\\. \\d\\d\\.00 \\(dansk tid\\)</time>\\.</p>")
                .doesNotContain("aria-live", "role=\"timer\"")
                .as("the description through the Markdown pipeline")
                .contains("<div id=\"storm-description\" class=\"portal-prose\" lang=\"da\"><p>Et KLK-forløb")
                .as("the phases in order, the current one said in words and marked as the current step")
                .containsSubsequence("<ol id=\"storm-phases\"", "Opdagelse", "Tematisering", "Idéudvikling", "Afstemning",
                        "Vurdering", "Test", "Afsluttet", "</ol>")
                .containsOnlyOnce("aria-current=\"step\"")
                .containsPattern("aria-current=\"step\"><span class=\"portal-storm-phase-name\">Tematisering</span> "
                        + "<span class=\"portal-tag portal-tag--info\">nu</span> <span class=\"portal-storm-phase-times\">"
                        + "\\d+\\. [a-z]+\\.? \\d{4} \\d\\d[.:]00 – ")
                .as("each phase says what happens in it and what participants may do")
                .contains("<span class=\"portal-storm-phase-about\">Arrangørerne samler behov og observationer i temaer. "
                        + "Deltagerne kan kommentere.</span>")
                .contains("Der stemmes om idéerne. Deltagerne kan kommentere og stemme.");
    }

    @Test
    void aKlkStormInItsThematisingPhaseListsObservationsUnderTheirThemes() throws Exception {
        StormSummary klk = storms.storms().open().stream()
                .filter(storm -> storm.title().startsWith("Bedre overgange")).findFirst().orElseThrow();
        String html = readablePage(port, "/" + klk.path());

        assertThat(html).contains("<h2 id=\"storm-ideas-heading\">Observationer</h2>")
                .as("theme by theme in the storm's order, the observations without one last, their titles below")
                .containsSubsequence("<div id=\"storm-idea-cards\" class=\"portal-idea-groups\">",
                        "<h3 lang=\"da\">Kontakt under sygemeldingen</h3>", "<h4 lang=\"da\">",
                        "<h3 lang=\"da\">Tilbage på arbejdspladsen</h3>", "Delvis raskmelding bliver opdaget for sent",
                        "<h3>Uden tema</h3>", "For mange skemaer til den samme sygemelding")
                .containsOnlyOnce("<h3 lang=\"da\">Kontakt under sygemeldingen</h3>")
                .as("a card under its theme's heading does not name the theme again")
                .doesNotContain("<span class=\"portal-tag\" lang=\"da\">Kontakt under sygemeldingen</span>")
                .as("what is counted is observations, and the discovery phase asks for observations or needs")
                .containsPattern("<p id=\"storm-idea-count\">\\d+ observation(er)?</p>")
                .contains("Deltagerne kan indsende observationer eller behov og kommentere.");
        assertThat(readablePage(port, "/" + open().path()))
                .as("an open storm's ideas stay ideas, in one list")
                .contains("<h2 id=\"storm-ideas-heading\">Idéer</h2>",
                        "<ul id=\"storm-idea-cards\" class=\"portal-idea-cards\"")
                .doesNotContain("portal-idea-groups");
    }

    @Test
    void aConcludedStormSaysWhenItEndedAndMarksNoPhaseAsCurrent() throws Exception {
        StormSummary concluded = storms.storms().concluded().stream()
                .filter(storm -> storm.title().equals("Færre breve i e-Boks")).findFirst().orElseThrow();
        String html = readablePage(port, "/" + concluded.path());

        assertThat(html).doesNotContain("aria-current=\"step\"", "portal-storm-phase--current", "storm-current-phase",
                        "Fasen er slut")
                .containsPattern("<p id=\"storm-time-left\" class=\"portal-storm-time-left\">Idéstormen sluttede "
                        + "<time datetime=\"\\d{4}-\\d\\d-\\d\\d\">\\d+\\. [a-z]+ \\d{4}</time>\\.</p>");
        assertThat(readablePage(port, "/idestorme")).containsPattern("Sluttede \\d+\\. [a-z]+ \\d{4}");
    }

    @Test
    void aStormsMarkdownIsRenderedAndItsOwnWordsAreMarkedDanishInEnglish() throws Exception {
        HttpResponse<String> english = get(port, "/" + open().path(), "Cookie", "portal-lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<strong>dine idéer</strong>", "<li>Hvad får en ung til at huske")
                .contains("<h1 lang=\"da\">Unge ledige til samtalen i jobcentret</h1>", "Anyone signed in")
                .contains("<dd id=\"storm-current-phase\">Open for ideas</dd>")
                .containsPattern("The phase (?:\"|&#34;)Open for ideas(?:\"|&#34;) ends in \\d+ days? and \\d+ hours?, <time datetime=\"[^\"]+\">"
                        + "[A-Z][a-z]+day \\d+ [A-Z][a-z]+ at \\d\\d:00 \\(Danish time\\)</time>\\.");
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
            assertThat(response.headers().firstValue("Cache-Control")).as("no cache keeps a missing storm")
                    .contains("no-store");
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

    @Test
    void readersSeeVoteCountsAndASignInLinkOnlyWhereThePhaseShowsCountsAndTheOrderByVotesOnlyThere() throws Exception {
        String open = readablePage(port, "/" + open().path() + "?orden=flest-stemmer");
        assertThat(open).as("the open phase takes votes and shows counts")
                .containsPattern("<p class=\"portal-idea-votes\">\\d+ stemm")
                .contains("<p id=\"storm-vote-login\"><a href=\"", "Log ind for at stemme</a>")
                .contains("<option value=\"flest-stemmer\" selected>Flest stemmer</option>")
                .doesNotContain("<button class=\"portal-vote");

        StormSummary klk = storms.storms().open().stream()
                .filter(storm -> storm.title().startsWith("Bedre overgange")).findFirst().orElseThrow();
        String thematising = readablePage(port, "/" + klk.path() + "?orden=flest-stemmer");
        assertThat(thematising).as("the thematising phase hides counts, so neither they nor an order by them show")
                .doesNotContain("portal-idea-votes", "value=\"flest-stemmer\"", "storm-vote-login")
                .contains("<option value=\"tilfaeldig\" selected>");
    }

    private StormSummary open() {
        return storms.storms().open().stream().filter(storm -> storm.title().startsWith("Unge ledige")).findFirst()
                .orElseThrow();
    }
}
