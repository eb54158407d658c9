package dk.coi.portal.wiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.PublicHttp;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.HistoryScreen;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The wiki's reading pages as a reader who is not signed in, a search engine or a link preview fetches them: plain
 * HTTP. A page, its history, old revisions, differences, what links here and its talk page; recent changes,
 * contributions, the log.
 */
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
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiStewardshipService stewardship;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return PublicHttp.get(port, path, headers);
    }

    /** A new page by a person signed up for it, as the demo accounts' saves are limited per minute. */
    private String newPage(String content) {
        return edits(content).getFirst().title();
    }

    /** Saves one person may make in a minute (portal.wiki.saves-per-minute). */
    private static final int SAVES_PER_AUTHOR = 10;

    /**
     * A new page with the texts as its revisions, oldest first, by people signed up for it (a new one for every
     * few saves, within the rate limit), named "Forfatter …"; the revisions as saved.
     */
    private List<WikiPageView> edits(String... texts) {
        String title = "Læseside " + UUID.randomUUID().toString().substring(0, 8);
        List<WikiPageView> saved = new java.util.ArrayList<>();
        for (String text : texts) {
            if (saved.size() % SAVES_PER_AUTHOR == 0) {
                author = signedIn.newPerson("Forfatter " + UUID.randomUUID().toString().substring(0, 8), Role.EMPLOYEE);
            }
            saved.add(wiki.save(new WikiEdit(title, text, "Udgave " + (saved.size() + 1), false,
                    saved.isEmpty() ? null : saved.getLast().version())));
        }
        signedIn.clear();
        return saved;
    }

    /** The last person {@link #edits} signed up. */
    private long author;

    /** The document's title, meta description and canonical address, as a browser or a crawler reads them. */
    private record Head(String title, String description, String canonical, boolean noindex) {

        static Head of(String html) {
            return new Head(first(html, "<title>([^<]*)</title>"),
                    first(html, "<meta name=\"description\" content=\"([^\"]*)\">"),
                    first(html, "<link rel=\"canonical\" href=\"([^\"]*)\">"),
                    html.contains("<meta name=\"robots\" content=\"noindex\">"));
        }

        private static String first(String html, String pattern) {
            Matcher found = Pattern.compile(pattern).matcher(html);
            return found.find() ? HtmlUtils.htmlUnescape(found.group(1)) : null;
        }
    }

    /** A reading page for a reader: found, HTML, without a session. */
    private String readable(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a reader").isEmpty();
        assertThat(response.body()).doesNotContain("vaadin").contains("class=\"portal-footer\"");
        return response.body();
    }

    /** A link to the path as it stands in an attribute, with "&" escaped. */
    private static String href(String path) {
        return "href=\"/" + HtmlUtils.htmlEscape(path) + "\"";
    }

    private void notFound(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).as(path).contains("Siden findes ikke").contains("class=\"portal-footer\"");
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
                .contains("Forfatter ")
                .contains("id=\"header-search\"").contains("href=\"/wiki\"")
                .contains("href=\"/login?next=/" + WikiTitles.path(title).replace("%", "%25") + "\"")
                .doesNotContain("<script>alert(1)</script>").doesNotContain("vaadin");
    }

    @Test
    void aLongPagesHeadingsLinkToThemselvesAndAreListedInATableOfContents() throws Exception {
        String text = "## Baggrund\n\nTekst.\n\n## Metode\n\nTekst.\n\n### Metode\n\nMere.";
        List<WikiPageView> saved = edits(text, text + "\n\nEndnu mere.");
        String title = saved.getFirst().title();
        String path = "/" + WikiTitles.path(title);

        String html = readable(path);

        assertThat(html).contains("<span id=\"section-link-label\" hidden>Afsnit</span>")
                .contains("<nav id=\"table-of-contents\" class=\"portal-toc\" aria-labelledby=\"table-of-contents-title\">")
                .contains("<a href=\"" + path + "#afsnit-Baggrund\">Baggrund</a>")
                .contains("<a href=\"" + path + "#afsnit-Metode_2\">Metode</a>")
                .contains("<h2 id=\"afsnit-Metode\">Metode</h2><a class=\"portal-section-link\" href=\"" + path
                        + "#afsnit-Metode\" aria-labelledby=\"section-link-label afsnit-Metode\">§</a></div>");
        assertThat(html.indexOf("id=\"table-of-contents\"")).as("near the top, before the text")
                .isLessThan(html.indexOf("id=\"page-content\""));
        String old = readable("/" + WikiRoutes.revision(title, saved.getFirst().revision()));
        assertThat(old).as("an old revision's sections link to that revision")
                .contains("href=\"/" + WikiRoutes.revision(title, saved.getFirst().revision()) + "#afsnit-Metode\"")
                .contains("id=\"table-of-contents\"");
        saved = edits("## Baggrund\n\nTekst.\n\n## Metode\n\nTekst.");
        assertThat(readable("/" + WikiTitles.path(saved.getFirst().title()))).as("two headings need no table")
                .doesNotContain("table-of-contents").contains("class=\"portal-section-link\"");
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
        assertThat(get("/" + WikiTitles.path(target) + "?fra=" + WikiTitles.path("Forside")).body())
                .as("a page that does not redirect here is not said to").doesNotContain("redirected-from");
    }

    @Test
    void aThemeFileUnderAnOlderHashIsStillServedButNotKeptAndOtherAssetAddressesAreNoPages() throws Exception {
        HttpResponse<String> old = get("/assets/000000000000/themes/portal/styles.css");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(old.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> lumo = get("/lumo/lumo.css");
        assertThat(lumo.statusCode()).as("the Vaadin screens' Lumo stylesheet").isEqualTo(200);
        assertThat(lumo.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        HttpResponse<String> none = get("/assets/x");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
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

    @Test
    void aPagesHistoryListsItsRevisionsWithRadioButtonsThatCompareAnyTwoByAPlainForm() throws Exception {
        List<WikiPageView> saved = edits("Første udgave.", "Anden udgave.", "Tredje udgave.");
        String title = saved.getFirst().title();

        String html = readable("/" + WikiRoutes.history(title));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Historik for \"" + title + "\" | Innovationsportalen");
        assertThat(head.description()).contains(title);
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.history(title));
        assertThat(head.noindex()).isFalse();
        assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/feeds/wiki/historik.atom?side=")
                .contains("id=\"page-revisions\"").contains("id=\"history-feed\"")
                .contains("action=\"/" + WikiTitles.path(title) + "/forskel\" method=\"get\"")
                .contains("id=\"compare-revisions\"")
                .contains("Udgave 3").contains("href=\"/" + WikiRoutes.contributions(author) + "\"")
                .doesNotContain("method=\"post\"").doesNotContain("id=\"rollback\"");
        assertThat(Pattern.compile("<li>").matcher(html.substring(html.indexOf("id=\"page-revisions\""))).results())
                .hasSize(3);
        long newest = saved.get(2).revision();
        long middle = saved.get(1).revision();
        assertThat(html).contains("name=\"til\" value=\"" + newest + "\"")
                .containsPattern("id=\"compare-to-" + newest + "\"[^>]* checked")
                .containsPattern("id=\"compare-from-" + middle + "\"[^>]* checked")
                .containsPattern("id=\"compare-from-" + newest + "\"[^>]* disabled")
                .contains(href(WikiRoutes.diff(title, middle, newest)));
        notFound("/wiki/Findes_ikke_" + UUID.randomUUID() + "/historik");
    }

    @Test
    void aLongHistoryIsReadAScreenfulAtATime() throws Exception {
        String[] texts = new String[HistoryScreen.PAGE_SIZE + 2];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "Udgave nummer " + i + ".";
        }
        List<WikiPageView> saved = edits(texts);
        String title = saved.getFirst().title();

        String first = readable("/" + WikiRoutes.history(title));

        long oldestShown = saved.get(2).revision();
        assertThat(first).contains("id=\"older-revisions\" href=\"/" + WikiRoutes.olderHistory(title, oldestShown) + "\"")
                .doesNotContain("id=\"newest-revisions\"")
                .as("the oldest line on the screen is compared with the one before it, on the next screen")
                .contains(href(WikiRoutes.diff(title, saved.get(1).revision(), oldestShown)));
        String older = readable("/" + WikiRoutes.olderHistory(title, oldestShown));
        assertThat(Head.of(older).canonical()).isEqualTo(baseUrl + WikiRoutes.olderHistory(title, oldestShown));
        assertThat(older).contains("id=\"newest-revisions\"").doesNotContain("id=\"older-revisions\"")
                .contains("Udgave 2").contains("Udgave 1").doesNotContain("Udgave 3<");
    }

    @Test
    void anOldRevisionIsShownForReadingButNotForIndexing() throws Exception {
        List<WikiPageView> saved = edits("Den **gamle** tekst.", "Den nye tekst.");
        String title = saved.getFirst().title();
        long old = saved.getFirst().revision();

        String html = readable("/" + WikiRoutes.revision(title, old));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo(title + " (version " + old + ") | Innovationsportalen");
        assertThat(head.description()).contains(String.valueOf(old));
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.revision(title, old));
        assertThat(head.noindex()).isTrue();
        assertThat(html).contains("<strong>gamle</strong>").doesNotContain("Den nye tekst")
                .contains("href=\"/" + WikiTitles.path(title) + "\"").doesNotContain("restore-revision");
        String other = edits("En anden side.").getFirst().title();
        notFound("/" + WikiRoutes.revision(other, old));
        notFound("/" + WikiRoutes.revision("Findes ikke " + UUID.randomUUID(), old));
        notFound("/" + WikiRoutes.revision(title, 999_999_999L));
    }

    @Test
    void anOldRevisionSaysWhenWhoAndWhyAndLeadsToTheRevisionsAndDifferencesAroundIt() throws Exception {
        List<WikiPageView> saved = edits("Første.", "Anden.", "Tredje.");
        String title = saved.getFirst().title();
        long first = saved.get(0).revision();
        long middle = saved.get(1).revision();
        long last = saved.get(2).revision();

        String html = readable("/" + WikiRoutes.revision(title, middle));

        assertThat(html).contains("id=\"revision-info\"")
                .contains("Versionen fra " + DateFormats.dateTime(wiki.history(title, 0, 3).get(1).time(),
                        PortalLocales.DANISH) + ", gemt af")
                .contains("href=\"/" + WikiRoutes.contributions(author) + "\"")
                .contains("id=\"revision-summary\" class=\"portal-diff-summary\">Udgave 2<")
                .contains("id=\"revision-older\" " + href(WikiRoutes.revision(title, first)))
                .contains("id=\"revision-newer\" " + href(WikiRoutes.revision(title, last)))
                .contains("id=\"revision-diff-previous\" " + href(WikiRoutes.diff(title, first, middle)))
                .contains("id=\"revision-diff-current\" " + href(WikiRoutes.diff(title, middle, last)))
                .contains("id=\"revision-current\" " + href(WikiRoutes.page(title)));
        String oldest = readable("/" + WikiRoutes.revision(title, first));
        assertThat(oldest).as("the page's first revision has nothing before it")
                .doesNotContain("id=\"revision-older\"").doesNotContain("id=\"revision-diff-previous\"")
                .contains("id=\"revision-newer\" " + href(WikiRoutes.revision(title, middle)));
        String newest = readable("/" + WikiRoutes.revision(title, last));
        assertThat(newest).as("the current revision says so and has nothing after it")
                .contains("Dette er den nuværende version af siden")
                .doesNotContain("id=\"revision-newer\"").doesNotContain("id=\"revision-diff-current\"")
                .contains("id=\"revision-diff-previous\" " + href(WikiRoutes.diff(title, middle, last)));
    }

    @Test
    void aDifferenceShowsOnlyTheChangedStretchesWithContextAndTheWholeTextOnDemand() throws Exception {
        StringBuilder before = new StringBuilder();
        for (int line = 1; line <= 40; line++) {
            before.append("Linje nummer ").append(line).append(".\n");
        }
        String after = before.toString().replace("Linje nummer 20.", "Linje nummer tyve.");
        List<WikiPageView> saved = edits(before.toString(), after);
        String title = saved.getFirst().title();
        long from = saved.get(0).revision();
        long to = saved.get(1).revision();

        String html = readable("/" + WikiRoutes.diff(title, from, to));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Forskel i \"" + title + "\" | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.diff(title, from, to));
        assertThat(head.noindex()).isTrue();
        assertThat(html).contains("id=\"diff-from\"").contains("id=\"diff-to\"").contains("Udgave 2")
                .contains("class=\"portal-diff\" id=\"diff\" role=\"table\"")
                .contains("<del>").contains("<ins>tyve</ins>")
                .contains("Linje nummer 17.").contains("Linje nummer 23.")
                .as("only the changed stretch and three lines around it")
                .doesNotContain("Linje nummer 16.").doesNotContain("Linje nummer 24.")
                .contains("id=\"diff-whole\" " + href(WikiRoutes.diff(title, from, to, false, true)))
                .contains("id=\"diff-layout\" " + href(WikiRoutes.diff(title, from, to, true, false)));
        assertThat(readable("/" + WikiRoutes.diff(title, from, to, false, true)))
                .contains("Linje nummer 1.").contains("Linje nummer 40.");
        assertThat(readable("/" + WikiRoutes.diff(title, from, to, true, false)))
                .contains("class=\"portal-diff-inline\" id=\"diff\"").contains("<ins>tyve</ins>")
                .doesNotContain("Linje nummer 16.");
        assertThat(readable("/" + WikiRoutes.diff(title, to, from)))
                .as("picked the wrong way round, compared forwards").contains("<ins>tyve</ins>");
        assertThat(Head.of(readable("/" + WikiRoutes.diffTo(title, to))).canonical())
                .isEqualTo(baseUrl + WikiRoutes.diff(title, from, to));
        assertThat(readable("/" + WikiRoutes.diffTo(title, from))).contains("id=\"diff-from\"")
                .contains("Siden fandtes ikke før denne ændring.");
        notFound("/" + WikiTitles.path(title) + "/forskel");
        notFound("/" + WikiRoutes.diff(title, from, 999_999_999L));
        notFound("/" + WikiRoutes.diff(edits("Anden side.").getFirst().title(), from, to));
    }

    @Test
    void whatLinksHereListsTheLinkingPagesAndAnswersNotFoundWhenThereIsNothing() throws Exception {
        String target = edits("Målet.").getFirst().title();
        String source = edits("Se [[" + target + "]].").getFirst().title();
        String wanted = "Ønskeside " + UUID.randomUUID().toString().substring(0, 8);
        String wishing = edits("Skriv om [[" + wanted + "]].").getFirst().title();

        String html = readable("/" + WikiRoutes.linksHere(target));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Sider, der linker til \"" + target + "\" | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.linksHere(target));
        assertThat(head.description()).contains(target);
        assertThat(html).contains("id=\"linking-pages\"").contains("href=\"/" + WikiTitles.path(source) + "\"");
        assertThat(readable("/" + WikiRoutes.linksHere(wanted))).as("a page not written yet, but linked to")
                .contains(">" + wishing + "<");
        assertThat(readable("/" + WikiRoutes.linksHere(source))).contains("Ingen sider linker hertil.");
        notFound("/" + WikiRoutes.linksHere("Findes ikke " + UUID.randomUUID()));
    }

    @Test
    void recentChangesShowTheEditsWithTheirFiltersAsAPlainForm() throws Exception {
        List<WikiPageView> saved = edits("Ny side.", "Rettet side.");
        String title = saved.getFirst().title();
        signedIn.as(author, "Forfatter", Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, "Rettet side, lille rettelse.", "Komma", true, saved.getLast().version()));
        signedIn.clear();

        String html = readable("/" + WikiRoutes.RECENT_CHANGES);

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Seneste ændringer | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.RECENT_CHANGES);
        assertThat(head.description()).isNotBlank();
        assertThat(html).contains("id=\"recent-changes\"").contains(">" + title + "<").contains("Komma")
                .contains("<form id=\"recent-filters\"").contains("method=\"get\"")
                .contains("<select id=\"recent-span\" name=\"dage\">")
                .contains("<option value=\"7\" selected>")
                .contains("<select id=\"recent-person\" name=\"person\">")
                .contains("<option value=\"" + author + "\">")
                .contains("id=\"recent-hide-minor\" type=\"checkbox\" name=\"mindre\" value=\"skjul\"")
                .contains("id=\"recent-feed\"")
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains(href(WikiRoutes.diff(title, saved.get(0).revision(), saved.get(1).revision())))
                .doesNotContain("id=\"recent-unpatrolled\"").doesNotContain("patrol-");
        String withoutMinor = readable("/" + WikiRoutes.RECENT_CHANGES + "?dage=1&mindre=skjul&person=" + author
                + "&kategori=");
        assertThat(withoutMinor).contains(">" + title + "<").doesNotContain("Komma")
                .contains("<option value=\"1\" selected>").contains("<option value=\"" + author + "\" selected>")
                .containsPattern("name=\"mindre\" value=\"skjul\" checked");
        assertThat(readable("/" + WikiRoutes.RECENT_CHANGES + "?kategori=Findes+ikke+" + UUID.randomUUID()))
                .contains("Ingen ændringer i perioden.");
        assertThat(readable("/" + WikiRoutes.RECENT_CHANGES + "?kategori=%00Metoder%07"))
                .as("characters no text holds are dropped, not written into the page").doesNotContain("\u0000", "\u0007")
                .contains("Metoder");
    }

    @Test
    void aPersonsContributionsAreTheirEditsAndAnUnknownPersonIsNotFound() throws Exception {
        String title = edits("Forfatteren skrev denne.").getFirst().title();
        String name = people.authorName(dk.coi.portal.identity.PersonId.of(author)).orElseThrow();

        String html = readable("/" + WikiRoutes.contributions(author));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Bidrag fra " + name + " | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.contributions(author));
        assertThat(head.description()).contains(name);
        assertThat(html).contains("id=\"recent-changes\"").contains(">" + title + "<")
                .doesNotContain("id=\"my-proposals\"");
        notFound("/wiki/bidrag/999999999");
    }

    @Test
    void theWikiLogIsPublic() throws Exception {
        String html = readable("/" + WikiRoutes.LOG);

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Wikiens log | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.LOG);
        assertThat(head.description()).isNotBlank();
        assertThat(html).containsAnyOf("id=\"wiki-log\"", "Loggen er tom.").doesNotContain("id=\"deleted-pages\"");
    }

    @Test
    void aTalkPageShowsItsThreadWithRepliesNestedAndAHiddenCommentWithoutItsText() throws Exception {
        String title = edits("Siden, der drøftes.").getFirst().title();
        signedIn.newPerson("Karen Kommentar", Role.CITIZEN);
        long question = talk.comment(title, null, "Er **dette** rigtigt?");
        long rude = talk.comment(title, null, "Skjult grovhed");
        signedIn.newPerson("Svend Svar", Role.EMPLOYEE);
        long reply = talk.comment(title, question, "Ja, det mener jeg.");
        long deeper = reply;
        for (int level = 0; level < 5; level++) {
            deeper = talk.comment(title, deeper, "Svar i dybden " + level);
        }
        signedIn.newPerson("Steffen Staff", Role.COI_STAFF);
        talk.hide(rude, "Krænkende sprog");
        signedIn.clear();

        String html = PublicHttp.readablePage(port, "/" + WikiRoutes.talk(title));

        Head head = Head.of(html);
        assertThat(head.title()).isEqualTo("Diskussion: " + title + " | Innovationsportalen");
        assertThat(head.canonical()).isEqualTo(baseUrl + WikiRoutes.talk(title));
        assertThat(head.description()).contains(title);
        assertThat(head.noindex()).as("a discussion is content of its own").isFalse();
        assertThat(html).contains("<h1>Diskussion: " + title + "</h1>").contains(href(WikiRoutes.page(title)))
                .contains("<div id=\"talk-comments\">")
                .contains("<article id=\"kommentar-" + question + "\" class=\"portal-comment portal-comment-depth-0\">")
                .contains("<article id=\"kommentar-" + reply + "\" class=\"portal-comment portal-comment-depth-1\">")
                .as("replies are indented up to a few levels, then stay level")
                .contains("<article id=\"kommentar-" + deeper + "\" class=\"portal-comment portal-comment-depth-4\">")
                .contains("<strong>dette</strong>").contains(">Karen Kommentar</a>").contains(">Svend Svar</a>")
                .contains("Kommentaren er skjult af COI: Krænkende sprog")
                .contains("<a id=\"talk-login\" href=\"/login?next=/" + WikiRoutes.talk(title).replace("%", "%25")
                        + "\">Log ind for at deltage i diskussionen</a>")
                .doesNotContain("Skjult grovhed").doesNotContain("method=\"post\"").doesNotContain("<textarea");
        assertThat(html.indexOf("id=\"kommentar-" + question + "\"")).as("thread order")
                .isLessThan(html.indexOf("id=\"kommentar-" + reply + "\""));
        assertThat(html.indexOf("id=\"kommentar-" + deeper + "\""))
                .isLessThan(html.indexOf("id=\"kommentar-" + rude + "\""));
        assertThat(readable("/" + WikiRoutes.page(title))).as("the page's link counts the comments one can read")
                .contains(href(WikiRoutes.talk(title)) + ">Diskussion (7)<");
    }

    @Test
    void aTalkPageWithoutCommentsSaysSoAndOneWithoutAPageIsNotFound() throws Exception {
        String title = edits("Endnu ikke drøftet.").getFirst().title();

        String html = PublicHttp.readablePage(port, "/" + WikiRoutes.talk(title));

        assertThat(html).contains("Ingen kommentarer endnu.").contains("id=\"talk-login\"");
        assertThat(Head.of(html).noindex()).as("nothing to find there yet").isTrue();
        notFound("/" + WikiRoutes.talk("Findes ikke " + UUID.randomUUID()));
        signedIn.newPerson("Steffen Sletter", Role.COI_STAFF);
        stewardship.delete(title, "Prøve");
        signedIn.clear();
        notFound("/" + WikiRoutes.talk(title));
    }

    @Test
    void readingPagesAreInEnglishForAReaderWhoChoseIt() throws Exception {
        List<WikiPageView> saved = edits("One.", "Two.");
        String title = saved.getFirst().title();
        String english = dk.coi.portal.shared.PortalLocales.COOKIE + "=en";

        assertThat(get("/" + WikiRoutes.history(title), "Cookie", english).body()).contains("History of");
        assertThat(get("/" + WikiRoutes.diffTo(title, saved.getLast().revision()), "Cookie", english).body())
                .contains("Removed text is");
        assertThat(get("/" + WikiRoutes.RECENT_CHANGES, "Cookie", english).body()).contains("<html lang=\"en\"")
                .contains("Recent changes");
    }

    /** A category nobody has described yet still lists its pages, as a page to read and index (as on MediaWiki). */
    @Test
    void aCategoryWithPagesButNoDescriptionIsAPageToRead() throws Exception {
        assertThat(readable("/wiki/Kategori:Grundbegreber")).contains("De syv principper");
    }
}
