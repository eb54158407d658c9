package dk.coi.portal.landscape.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A published case's page as a reader who is not signed in fetches it (the demo's Copenhagen SMS/app pilot): every
 * field, the results as baseline → target → result, the evidence level explained, "last confirmed up to date", with
 * title, description, canonical address, JSON-LD and no session, at one address; in the sitemap, its forms not.
 */
@PortalTest
class CasePagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    CaseService cases;
    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationService organisations;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private CaseCard smsPilot() {
        signedIn.anonymous();
        // The demo's own (the first); a workplace that reused it may have published its own case of that title.
        return cases.publishedCards().stream().filter(card -> card.title().startsWith("Sms og app til unge ledige"))
                .min(Comparator.comparingLong(card -> card.id().value())).orElseThrow();
    }

    @Test
    void aPublishedCaseHasItsPageForReaders() throws Exception {
        CaseCard sms = smsPilot();
        assertThat(sms.municipalityCode()).isEqualTo(101);
        assertThat(sms.path()).isEqualTo("landskab/" + sms.id().value() + "-sms-og-app-til-unge-ledige-i-ungecenteret");
        String html = readablePage(port, "/" + sms.path());
        assertThat(html).contains("<title>Sms og app til unge ledige i Ungecenteret | Innovationsportalen</title>")
                .contains("<h1 id=\"case-title\" lang=\"da\">Sms og app til unge ledige i Ungecenteret</h1>")
                .contains("<meta name=\"description\" content=\"Jobcenter København – Ungecenteret afprøver")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + sms.path() + "\">")
                .contains("application/ld+json")
                .containsSubsequence("<dt>Organisation</dt>", "<a id=\"case-organisation\" href=\"/organisationer/",
                        "Københavns Kommune", "<dt>Sektor</dt>",
                        "<dd>Beskæftigelse</dd>", "<dt>Fase</dt>", "<dd>Pilotprojekt</dd>")
                .containsSubsequence("Udeblivelser fra samtaler i Ungecenteret (%)",
                        "<td role=\"cell\" data-label=\"Udgangspunkt\">8,66</td>",
                        "<td role=\"cell\" data-label=\"Mål\">20 % færre end kontrolgruppen</td>",
                        "forventet, følges op")
                .contains("Sammenligningsgruppe").contains("ikke trukket ved lodtrækning")
                .contains("<strong>20 % færre udeblivelser</strong>")
                .contains("<a href=\"https://www.kk.dk\" rel=\"ugc nofollow noopener\">")
                .contains("Projektleder, Ungecenteret").doesNotContain("Mads Medarbejder")
                .contains("Sidst bekræftet ajour").contains("<dd>Kommunal</dd>");

        HttpResponse<String> byNumber = get(port, "/landskab/" + sms.id().value());
        assertThat(byNumber.statusCode()).isEqualTo(301);
        assertThat(byNumber.headers().firstValue("Location").orElseThrow()).endsWith("/" + sms.path());
        assertThat(get(port, "/landskab/987654").statusCode()).isEqualTo(404);

        String sitemap = get(port, "/sitemap.xml").body();
        assertThat(sitemap).contains(baseUrl + sms.path());
        assertThat(get(port, "/robots.txt").body()).contains("Disallow: /landskab/ny", "Disallow: /landskab/*/rediger");
    }

    @Test
    void theLandscapeListsThePublishedCasesForReadersTwentyAPage() throws Exception {
        publishedAtLeast(CaseCards.PAGE_SIZE + 1);
        signedIn.anonymous();
        CaseCard newest = catalogue.search(CaseSearch.ALL).list().cards().getFirst();
        String html = readablePage(port, "/landskab");
        assertThat(html).contains("<title>Innovationslandskabet | Innovationsportalen</title>",
                        "<h1>Innovationslandskabet</h1>", "<link rel=\"canonical\" href=\"" + baseUrl + "landskab\">",
                        "<meta name=\"description\" content=\"Innovationscases fra offentlige arbejdspladser")
                .doesNotContain("kommer snart", "noindex")
                .containsSubsequence("<a href=\"/" + newest.path() + "\">" + newest.title() + "</a>",
                        "<span lang=\"da\">Københavns Kommune</span> · Beskæftigelse · Pilotprojekt · "
                                + "Sammenligningsgruppe", "En case, der fylder listen ud.");
        assertThat(get(port, "/sitemap.xml").body()).contains("<loc>" + baseUrl + "landskab</loc>");

        int pages = catalogue.search(CaseSearch.ALL).list().pages();
        assertThat(pages).as("more than one page").isGreaterThan(1);
        HttpResponse<String> past = get(port, "/landskab?side=" + (pages + 1));
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("id=\"cases-last\"",
                pages == 1 ? "href=\"/landskab\"" : "href=\"/landskab?side=" + pages + "\"");
        assertThat(html).contains("<a id=\"cases-next\" href=\"/landskab?side=2\" rel=\"next\">")
                .contains("Side 1 af " + pages).doesNotContain("cases-previous");
        String second = readablePage(port, "/landskab?side=2");
        assertThat(second).contains("noindex", "<a id=\"cases-previous\" href=\"/landskab\" rel=\"prev\">",
                "Side 2 af " + pages, "<link rel=\"canonical\" href=\"" + baseUrl + "landskab\">");
        CaseCard firstOnSecond = catalogue.search(CaseSearch.ALL.onPage(1)).list().cards().getFirst();
        assertThat(second).contains("/" + firstOnSecond.path());
        String firstPageCards = html.substring(html.indexOf("id=\"cases\""),
                html.indexOf("</ul>", html.indexOf("id=\"cases\"")));
        assertThat(firstPageCards).as("the map's list names every case; the cards only the page's")
                .doesNotContain("/" + firstOnSecond.path() + "\"");
    }

    /** Publishes a case of an employee, and more until at least {@code count} are published. */
    private void publishedAtLeast(int count) {
        signedIn.anonymous();
        int missing = Math.max(1, count - cases.publishedCards().size());
        OrganisationId copenhagen = organisations.municipalities().stream()
                .filter(municipality -> municipality.code() == 101).findFirst().orElseThrow().id();
        for (int i = 0; i < missing; i++) {
            long owner = signedIn.newPerson("Liv Liste", Role.EMPLOYEE);
            CaseId id = cases.register(TestCaseDrafts.draft("Listecase " + UUID.randomUUID().toString()
                    .substring(0, 8), "En case, der fylder listen ud.", copenhagen));
            cases.submit(id);
            signedIn.newPerson("Sif Staff", Role.COI_STAFF);
            cases.publish(id, cases.screen(id).orElseThrow().version());
            signedIn.as(owner, "Liv Liste", Role.EMPLOYEE);
        }
        signedIn.anonymous();
    }
}
