package dk.coi.portal.landscape.web;

import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.SpreadingOverview;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spreading as a reader who is not signed in reads it, on the demo content: a case's adopters and its lineage in the
 * first HTML (the chain KLK → Aarhus → Odense seen from its middle), and the landscape's spreading page with the most
 * reused cases, the map's lines between municipalities and the table "fra → til", with no session.
 */
@PortalTest
class SpreadingPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Adoptions adoptions;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    @Test
    void aCaseShowsItsAdoptersAndItsLineage() throws Exception {
        String html = readablePage(port, "/landskab/7-brugerdreven-innovation-i-jobcenter-aarhus");
        assertThat(html).contains("<section id=\"case-spreading\"")
                .contains("Genbrugt af 1 arbejdsplads<")
                .containsSubsequence("id=\"case-adopters\"", "Odense Kommune", "Tilpasset, september 2016",
                        "<strong>innovationsambassadører</strong>", "Otte ambassadører uddannet det første år",
                        "Innovationsambassadører i Jobcenter Odense")
                .containsSubsequence("id=\"case-lineage\"", "Bruger- og medarbejderdreven innovation i jobcentret",
                        "KLK", "Denne case", "Innovationsambassadører i Jobcenter Odense")
                .contains("href=\"/landskab/spredning\"")
                // Before (a trial): "Jeg vil gerne genbruge den" led a reader to a login page that said nothing of it.
                .contains("<a id=\"case-adopt\" href=\"/login?next=/landskab/7/genbrug&amp;videre\" rel=\"nofollow\">"
                        + "Vi har genbrugt den: log ind for at registrere det</a>")
                .contains("<a id=\"case-request-contact\" href=\"/login?next=/landskab/7/kontakt&amp;videre\" "
                        + "rel=\"nofollow\">Jeg vil gerne genbruge den: log ind for at kontakte casens "
                        + "kontaktperson</a>");
    }

    @Test
    void theSpreadingPageShowsTheMostReusedCasesAndTheMapWithItsTable() throws Exception {
        signedIn.anonymous();
        SpreadingOverview overview = adoptions.overview();
        assertThat(overview.mostReused()).extracting(SpreadingOverview.ReusedCase::id).contains(CaseId.of(2));
        String html = readablePage(port, "/landskab/spredning");
        assertThat(html).contains("<h1>Spredning af cases</h1>")
                // A table with its caption, the count's column saying what it counts (the trial found "places").
                .containsSubsequence("id=\"spreading-most-reused\"",
                        "<caption>Cases efter, hvor mange arbejdspladser der har genbrugt dem</caption>",
                        "<th scope=\"col\" class=\"portal-count\">Arbejdspladser, der har genbrugt den</th>",
                        "<th scope=\"row\"><a href=\"/landskab/2-", "Sms og app til unge ledige i Ungecenteret",
                        "<td class=\"portal-count\">")
                .contains("<portal-denmark-map id=\"spreading-map\"").contains("data-lines=\"[{&#34;from&#34;:[")
                // Each place's reuses say their direction, those spread from it first (the trial found one list).
                .containsSubsequence("id=\"spreading-places\"", "Aarhus Kommune",
                        "Brugerdreven innovation i Jobcenter Aarhus", "Herfra til Odense Kommune", "Bruger- og medarbejderdreven innovation i jobcentret",
                        "Hertil fra KLK")
                .containsSubsequence("id=\"spreading-flows\"",
                        "class=\"portal-results-table portal-spreading-table\"",
                        "<caption>Én række for hver arbejdsplads, der har genbrugt en case",
                        "<td lang=\"da\">Aarhus Kommune</td>",
                        "<td lang=\"da\">Odense Kommune</td>", "Innovationsambassadører", "Tilpasset",
                        "september 2016");
    }
}
