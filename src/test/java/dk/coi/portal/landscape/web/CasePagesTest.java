package dk.coi.portal.landscape.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseEditing;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRevision;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
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
    @Autowired
    Adoptions adoptions;

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
        // An order the reader did not choose stays unchosen in the form, so words typed into it are ordered by relevance.
        assertThat(html).contains("<option value=\"\" selected>Standard").doesNotContain("value=\"nyeste\" selected");
        assertThat(readablePage(port, "/landskab?sorter=nyeste")).contains("<option value=\"nyeste\" selected>");

        int pages = catalogue.search(CaseSearch.ALL).list().pages();
        assertThat(pages).as("more than one page").isGreaterThan(1);
        HttpResponse<String> past = get(port, "/landskab?side=" + (pages + 1));
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("id=\"cases-last\"",
                pages == 1 ? "href=\"/landskab#catalogue-results\""
                        : "href=\"/landskab?side=" + pages + "#catalogue-results\"");
        assertThat(html).contains("<a id=\"cases-next\" href=\"/landskab?side=2#catalogue-results\" rel=\"next\">")
                .contains("Side 1 af " + pages).doesNotContain("cases-previous");
        String second = readablePage(port, "/landskab?side=2");
        assertThat(second).contains("noindex",
                "<a id=\"cases-previous\" href=\"/landskab#catalogue-results\" rel=\"prev\">",
                "Side 2 af " + pages, "<link rel=\"canonical\" href=\"" + baseUrl + "landskab\">");
        CaseCard firstOnSecond = catalogue.search(CaseSearch.ALL.onPage(1)).list().cards().getFirst();
        assertThat(second).contains("/" + firstOnSecond.path());
        String firstPageCards = html.substring(html.indexOf("id=\"cases\""),
                html.indexOf("</ul>", html.indexOf("id=\"cases\"")));
        assertThat(firstPageCards).as("the map's list names every case; the cards only the page's")
                .doesNotContain("/" + firstOnSecond.path() + "\"");
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code).findFirst()
                .orElseThrow().id();
    }

    private CaseId published(String title, OrganisationId organisation, CaseSector sector, String tag) {
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(title, "En case til kortene.", organisation);
        CaseId id = cases.register(new CaseDraft(plain.title(), plain.summary(), organisation, null, sector,
                plain.yearStarted(), plain.stage(), plain.innovationType(), plain.targetGroup(), plain.novelty(),
                List.of(), List.of(tag), plain.effect(), plain.process(), plain.conditions(), plain.documentation(),
                plain.evidenceLevel(), List.of(), plain.contactPerson(), plain.contactRole(), false));
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        return id;
    }

    /**
     * The trial's findings: the cards (catalogue, related cases, organisation pages) did not say how often a case was
     * reused; the catalogue's button came after some forty checkboxes; choosing a municipality hid the others that
     * the other filters left no case.
     */
    @Test
    void cardsSayHowOftenACaseWasReusedAndTheCatalogueLeadsPastItsFacetsKeepingAlternatives() throws Exception {
        String tag = "genbrugskort-" + UUID.randomUUID().toString().substring(0, 8);
        CaseId reused = published("Genbrugt sundhedscase " + tag, municipality(630), CaseSector.HEALTH, tag);
        CaseId otherCase = published("Anden beskæftigelsescase " + tag, municipality(101), CaseSector.EMPLOYMENT, tag);
        for (int municipality : new int[] {751, 461}) {
            signedIn.newPerson("Anne Ansat", Role.EMPLOYEE);
            adoptions.adopt(reused, new AdoptionDraft(municipality(municipality), AdoptionKind.COPIED,
                    YearMonth.of(2024, 1), "Kopieret.", null, false));
        }
        signedIn.anonymous();
        String reusedOnce = "<span class=\"portal-card-reused\">Genbrugt 2 gange</span>";

        String catalogue = readablePage(port, "/landskab?emne=" + tag);
        assertThat(catalogue).containsSubsequence("Genbrugt sundhedscase " + tag, reusedOnce)
                .containsOnlyOnce("portal-card-reused")
                .containsSubsequence("<h2 id=\"catalogue-facets-heading\">",
                        "<a id=\"catalogue-skip\" href=\"#catalogue-results\">Spring til resultaterne</a>",
                        "<details class=\"portal-facet\"", "id=\"catalogue-results\"");
        assertThat(catalogue).as("one button sends the words, the order and the filters alike")
                .containsOnlyOnce("<button type=\"submit\" id=\"catalogue-")
                .containsSubsequence("id=\"catalogue-sort\"", "<button type=\"submit\" id=\"catalogue-submit\"",
                        "<h2 id=\"catalogue-facets-heading\">");
        String related = readablePage(port, "/" + cases.screen(otherCase).orElseThrow().path());
        assertThat(related).containsSubsequence("id=\"case-related\"", "Genbrugt sundhedscase " + tag, reusedOnce);
        String vejle = readablePage(port, "/" + organisations.find(municipality(630)).orElseThrow().path());
        assertThat(vejle).containsSubsequence("Genbrugt sundhedscase " + tag,
                "<span class=\"portal-card-meta\" lang=\"da\">Genbrugt 2 gange</span>");

        String narrowed = readablePage(port, "/landskab?emne=" + tag + "&sektor=health&kommune=630");
        assertThat(narrowed).as("Copenhagen: no case with the other filters, still an alternative to Vejle")
                .containsPattern("<div class=\"portal-facet-value portal-facet-value-none\"><input type=\"checkbox\" "
                        + "id=\"facet-kommune-[-0-9]+\" name=\"kommune\" value=\"101\"><label")
                .containsPattern("value=\"630\" checked><label");
    }

    /**
     * The trial's finding: the form sends its empty fields, so shared addresses read {@code ?q=&sorter=}. They are
     * answered by the search's clean address, which is the page's canonical one; an address with a problem is not.
     */
    @Test
    void anAddressWithTheFormsEmptyFieldsLeadsToTheSearchsCleanAddress() throws Exception {
        HttpResponse<String> sent = get(port, "/landskab?q=&sektor=health&sorter=&side=");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/landskab?sektor=health");
        assertThat(get(port, "/landskab?q=+&sorter=").headers().firstValue("Location").orElseThrow())
                .endsWith("/landskab");
        assertThat(readablePage(port, "/landskab?sektor=health"))
                .containsPattern("<link rel=\"canonical\" href=\"http://localhost:\\d+/landskab\\?sektor=health\">");
        assertThat(get(port, "/landskab?q=&sektor=ukendt").statusCode()).as("its problem said on the page")
                .isEqualTo(200);
    }

    /**
     * The second trial's findings: after a search a phone showed the page's top, the results below the window (the
     * search now lands at them: a browser keeps the action's fragment through the 303); and "Vis filtre" gave no cue
     * that it opens (it says "Skjul filtre" when open; the stylesheet shows the fitting words). The review's finding:
     * a chip removed, "Ryd filtre" and the page links are searches too, and landed at the top; the results take focus.
     */
    @Test
    void theSearchLandsAtItsResultsAndTheFiltersSayWhatOpeningThemDoes() throws Exception {
        String page = readablePage(port, "/landskab?sektor=health");
        assertThat(page).containsPattern("<form id=\"catalogue-form\"[^>]*\\s+action=\"/landskab#catalogue-results\">")
                .contains("<div id=\"catalogue-results\" class=\"portal-catalogue-results\" tabindex=\"-1\">")
                .contains("<li><a href=\"/landskab#catalogue-results\"><span class=\"portal-visually-hidden\">"
                        + "Fjern filteret </span>")
                .contains("<a id=\"catalogue-clear\" href=\"/landskab#catalogue-results\">")
                .containsPattern("<summary><span class=\"portal-when-closed\">Vis filtre \\(1 valgt\\)</span>\\s*"
                        + "<span class=\"portal-when-open\">Skjul filtre \\(1 valgt\\)</span></summary>");
        assertThat(readablePage(port, "/landskab")).containsPattern("<summary><span class=\"portal-when-closed\">"
                + "Vis filtre</span>\\s*<span class=\"portal-when-open\">Skjul filtre</span></summary>");
    }

    /**
     * The trial's finding: signed-in citizens read a case's history, anonymous readers were sent to sign in. One rule
     * now, the wiki's (MediaWiki): a published case's history is public, its versions and any two compared, not for
     * search engines. The review's finding: it showed the drafts before publication too, with text staff may have had
     * removed in review; those who may not read the draft read it from the first published version.
     */
    @Test
    void aPublishedCasesHistoryIsPublicFromItsFirstPublishedVersion() throws Exception {
        String title = "Historikcase " + UUID.randomUUID().toString().substring(0, 8);
        signedIn.newPerson("Hanne Historik", Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft(title, "Fortroligt udkast om en navngiven borger.",
                municipality(101)));
        edit(id, "En case med en historik.", null);
        cases.submit(id);
        assertThat(get(port, "/" + CaseRoutes.history(id)).statusCode()).as("a draft's history is its editors'")
                .isEqualTo(404);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        edit(id, "En case med en historik.", CaseSector.HEALTH);
        List<CaseRevision> every = cases.history(id, null, null).orElseThrow().revisions();
        assertThat(every).as("staff read every version").extracting(CaseRevision::version).containsExactly(3, 2, 1);
        signedIn.anonymous();

        List<CaseRevision> published = cases.history(id, null, null).orElseThrow().revisions();
        assertThat(published).extracting(CaseRevision::version).containsExactly(3, 2);
        String history = readablePage(port, "/" + CaseRoutes.history(id));
        assertThat(history).contains("<h1>Historik: " + title + "</h1>", "Hanne Historik", "Version 2",
                "Version 3", "Forskel til forrige", "<meta name=\"robots\" content=\"noindex\">",
                "content=\"Versionerne af casen").doesNotContain("case-restore", "Version 1");
        String diff = readablePage(port, "/" + CaseRoutes.diff(id, every.get(1).revision(), every.get(0).revision()));
        assertThat(diff).containsSubsequence("Forskel mellem version 2 og 3", "<h3>Sektor</h3>", "Beskæftigelse",
                "Sundhed").contains("noindex");
        String draft = readablePage(port, "/" + CaseRoutes.diff(id, every.get(2).revision(), every.get(1).revision()));
        assertThat(draft).as("no comparison with a draft").doesNotContain("Forskel mellem", "Fortroligt udkast");
        assertThat(readablePage(port, "/" + cases.screen(id).orElseThrow().path()))
                .contains("<a id=\"case-history\" href=\"/" + CaseRoutes.history(id) + "\">");
    }

    /** Saves a new version of a case with another summary and, when given, another sector. */
    private void edit(CaseId id, String summary, CaseSector sector) {
        CaseEditing opened = cases.editing(id).orElseThrow();
        CaseDraft was = opened.draft();
        cases.edit(id, new CaseDraft(was.title(), summary, was.organisation(), was.partners(),
                sector == null ? was.sector() : sector, was.yearStarted(), was.stage(), was.innovationType(),
                was.targetGroup(), was.novelty(), was.links(), was.tags(), was.effect(), was.process(),
                was.conditions(), was.documentation(), was.evidenceLevel(), was.results(), was.contactPerson(),
                was.contactRole(), was.contactPublic()), opened.version());
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
