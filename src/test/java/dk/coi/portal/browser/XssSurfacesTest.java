package dk.coi.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.IdeaCommentService;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.IdeaStance;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionId;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.RawHttp;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.support.XssCorpus;
import dk.coi.portal.wiki.WikiReviewService;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Stored XSS: the whole corpus (src/test/resources/xss) is written into every kind of user content through the
 * real services ({@link HostileContent}), then every surface that shows user content is opened in Chromium, as an
 * anonymous reader and as COI staff. A surface fails on a dialog opened by a script, an element or attribute that
 * could run script (event handlers, {@code javascript:}/{@code data:} URLs, script without the page's nonce, frames,
 * plugins), a Content-Security-Policy violation, a script error or an error page. Every route must be either listed
 * here as a surface or named as one that shows no user content, so a new screen cannot go untested.
 */
@PortalTest
class XssSurfacesTest extends BrowserTestSupport {

    enum Reader { ANONYMOUS, STAFF }

    /** Routes that show user content, and where this test opens them. */
    private static final Set<String> SURFACES = Set.of("sog", "wiki", "wiki/:title", "wiki/:title/historik",
            "wiki/:title/forskel", "wiki/:title/version/:revision(\\d{1,18})", "wiki/:title/diskussion",
            "wiki/:title/links", "wiki/seneste-aendringer", "wiki/bidrag/:person(\\d{1,18})", "wiki/log",
            "wiki/gennemsyn", "wiki/overvaagning", "notifikationer", "wiki/:title/rediger", "wiki/:title/forvalt",
            "wiki/:title/flyt", "min-side", "wiki/id/:id(\\d{1,18})", "moderation", "idestorme/:storm(\\d{1,18}.*)",
            "idestorme/:storm(\\d{1,18}.*)/ideer/:idea(\\d{1,18}.*)",
            "idestorme/:storm(\\d{1,18}.*)/ideer/:idea(\\d{1,18}.*)/historik",
            "idestorme/:storm(\\d{1,18}.*)/resultater",
            "idestorme/:storm(\\d{1,18}.*)/vurdering", "organisationer/:organisation(\\d{1,18}.*)",
            "organisationer/innovationsenheder", "organisationer/ny", "organisationer", "landskab/:case(\\d{1,18}.*)",
            "landskab/:case(\\d{1,18})/rediger", "landskab/:case(\\d{1,18})/historik", "landskab/gennemsyn",
            "landskab/mine", "landskab", "landskab/fra-ide/:idea", "landskab/ikke-ajour",
            "landskab/:case(\\d{1,18}.*)/genbrug", "landskab/:case(\\d{1,18}.*)/kontakt",
            "landskab/henvendelser", "landskab/spredning");
    /**
     * Routes that show no text a person other than staff wrote (forms, fixed texts, COI's own news, the storm list
     * of the storms COI staff make, and of those a person follows).
     */
    private static final Set<String> WITHOUT_USER_CONTENT = Set.of("", "login", "opret-konto", "admin",
            "admin/soegeindeks", "tilgaengelighed", "privatliv", "idestorme", "idestorme/ny", "idestorme/foelger",
            "idestorme/:storm(\\d{1,18}.*)/styring",
            "historier", "praktik", "nyheder/:id(\\d{1,18})", "nyheder", "landskab/ny", "aabne-data");

    /** Finds what a page offers to run or to navigate to script; runs in the page. */
    private static final String FIND_INJECTION = """
            () => {
              const problems = [];
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster',
                  'background', 'lowsrc', 'dynsrc', 'ping', 'values', 'to', 'from', 'by'];
              const walk = root => {
                for (const element of root.querySelectorAll('*')) {
                  const tag = element.tagName.toLowerCase();
                  for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    if (name.startsWith('on')) problems.push(`${name} on <${tag}>`);
                    if (urlAttributes.includes(name)) {
                      const value = attribute.value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0]/g, '').toLowerCase();
                      if (/^(javascript|vbscript|data|livescript):/.test(value)) problems.push(`${name}="${attribute.value}" on <${tag}>`);
                    }
                    if (name === 'style' && /expression|javascript:|url\\(/i.test(attribute.value)
                        && element.closest('#main-content')) problems.push(`style="${attribute.value}" on <${tag}>`);
                  }
                  // JSON-LD is a data block, which browsers never run; the portal writes exactly one, in the head.
                  const data = element.type === 'application/ld+json' && element.parentElement === document.head
                      && document.querySelectorAll('script[type="application/ld+json"]').length === 1;
                  // A server-rendered page is the same for every reader (cached, so no nonce): its one script is the
                  // portal's own file, from the theme's hashed address in the head.
                  const own = element.parentElement === document.head && /^\\/assets\\/[0-9a-f]{12}\\/themes\\/portal\\/[a-z-]+\\.js$/
                      .test(element.getAttribute('src') || '');
                  if (tag === 'script' && !element.nonce && !data && !own) problems.push('script without nonce: ' + element.outerHTML.slice(0, 80));
                  if (['iframe', 'frame', 'object', 'embed', 'applet', 'portal'].includes(tag)) problems.push(`<${tag}>`);
                  if (tag === 'base' && new URL(element.href, location.href).origin !== location.origin) problems.push('<base> elsewhere');
                  if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') || '')) problems.push('<meta refresh>');
                  if (element.shadowRoot) walk(element.shadowRoot);
                }
              };
              walk(document);
              return problems;
            }""";

    private static HostileContent content;

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiReviewService review;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    FollowService follows;
    @Autowired
    PersonService people;
    @Autowired
    ModerationService moderation;
    @Autowired
    GreenMail mailServer;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaCommentService comments;

    @Autowired
    StormService storms;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship organisationStewardship;
    @Autowired
    CaseService cases;
    @Autowired
    Adoptions adoptions;
    @Autowired
    ContactRequests contactRequests;

    /** The open demo storm, the first on the fresh test database. */
    private static final StormId DEMO_STORM = StormId.of(1);

    private final Map<Page, List<String>> incidents = new java.util.IdentityHashMap<>();

    @BeforeEach
    void writeHostileContentOnce() {
        if (content == null) {
            content = new HostileContent(signedIn, wiki, talk, stewardship, review, watchlist, follows, people,
                    moderation).write();
        }
    }

    @Test
    void everyRouteIsEitherATestedSurfaceOrShowsNoUserContent() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (BeanDefinition view : scanner.findCandidateComponents("dk.coi.portal")) {
            routes.addAll(routesOf(view.getBeanClassName()));
        }

        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(SURFACES.contains(route)
                || WITHOUT_USER_CONTENT.contains(route))
                .as("route '%s' must be tested here as a surface or named as showing no user content", route)
                .isTrue());
    }

    @Test
    void theCorpusReallyReachedTheSurfaces() {
        assertThat(content.searchablePages).as("attacks saved as pages").isGreaterThan(140);
        assertThat(content.titles).as("hostile titles saved").hasSizeGreaterThanOrEqualTo(8);
        assertThat(content.people).as("hostile names").hasSizeGreaterThan(30);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void searchResultsWhetherTheTitleOrTheBodyMatched(Reader reader) {
        Page page = reader(reader);
        for (String word : List.of(HostileContent.TITLE_WORD + " " + content.run, HostileContent.BODY_WORD, "*")) {
            open(page, "sog?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
            Locator more = page.locator("vaadin-button:has-text('Vis flere')");
            for (int shown = 0; more.isVisible() && shown < 20; shown++) {
                int before = page.locator(".portal-search-hit").count();
                more.click();
                page.waitForCondition(() -> page.locator(".portal-search-hit").count() > before);
            }
            int hits = page.locator(".portal-search-hit").count();
            assertClean(page, "search for " + word);
            // A reader who is not signed in gets a page of results at a time, each linked to the next.
            Locator next = page.locator("#search-next");
            for (int shown = 0; next.count() > 0 && shown < 20; shown++) {
                next.click();
                PortalPages.waitForView(page);
                hits += page.locator(".portal-search-hit").count();
                assertClean(page, "search for " + word + ", page " + (shown + 2));
            }
            if (!word.equals("*")) {
                assertThat(hits).as("hits for " + word).isGreaterThan(100);
            }
        }
    }

    @Test
    void headerSuggestionsShowHostileTitlesAsText() {
        Page page = reader(Reader.ANONYMOUS);
        // The header of the Vaadin screens suggests titles; the server-rendered pages' header only searches.
        open(page, "login");
        page.locator("#header-search input").fill(HostileContent.TITLE_WORD.toLowerCase() + " " + content.run);
        page.locator("vaadin-combo-box-item").first().waitFor();
        assertThat(page.locator("vaadin-combo-box-item").count()).isPositive();
        assertClean(page, "header suggestions");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void pagesTheirHistoryDiffsOldRevisionsAndTalk(Reader reader) {
        Page page = reader(reader);
        String gallery = WikiTitles.path(content.gallery);
        long first = content.galleryRevisions.getFirst();
        long last = content.galleryRevisions.getLast();
        for (String route : List.of(gallery, gallery + "/historik", gallery + "/diskussion", gallery + "/links",
                gallery + "/version/" + first, gallery + "/forskel?fra=" + first + "&til=" + last,
                gallery + "/forskel?fra=" + first + "&til=" + last + "&visning=samlet",
                WikiTitles.path("Kategori:" + HostileContent.TITLE_WORD + " " + content.run),
                WikiTitles.path(content.titles.getFirst()) + "/links", "wiki")) {
            open(page, route);
            assertClean(page, route);
        }
        assertThat(page.locator("#main-content").innerText()).contains(content.titles.getFirst());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void recentChangesContributionsAndTheLog(Reader reader) {
        Page page = reader(reader);
        List<String> routes = new ArrayList<>(List.of("wiki/seneste-aendringer?antal=500", "wiki/log"));
        content.people.stream().limit(6).forEach(person -> routes.add("wiki/bidrag/" + person.id()));
        for (String route : routes) {
            open(page, route);
            assertThat(page.locator("#main-content").innerText()).as(route).contains("alert(");
            assertClean(page, route);
        }
    }

    @Test
    void staffScreensTheReviewQueueAndStewardship() {
        Page page = reader(Reader.STAFF);
        String gallery = WikiTitles.path(content.gallery);
        signedIn.anonymous();
        long galleryId = wiki.page(content.gallery).orElseThrow().id();
        signedIn.clear();
        for (String route : List.of("wiki/gennemsyn", "wiki/overvaagning", gallery + "/forvalt", gallery + "/flyt",
                gallery + "/rediger", "wiki/seneste-aendringer?upatruljeret=ja", "wiki/id/" + galleryId, "moderation")) {
            open(page, route);
            assertClean(page, route);
        }
    }

    /** Hostile ideas in the open demo storm, by hostile people: every attack in a description, attacks as titles. */
    private static List<String> hostileIdeas;

    private List<String> writeHostileIdeasOnce() {
        if (hostileIdeas != null) {
            return hostileIdeas;
        }
        List<String> paths = new ArrayList<>();
        List<String> bodies = XssCorpus.bodies();
        List<String> titles = XssCorpus.titles().stream().filter(title -> title.strip().length() <= 150).toList();
        List<String> names = XssCorpus.lines().stream().filter(line -> line.length() <= 90).toList();
        int chunks = 10;
        int nameIndex = 0;
        IdeaId last = null;
        for (int i = 0; i < chunks; i++) {
            if (i % 5 == 0) {
                SignedIn.TestPerson author = null;
                while (author == null) {
                    try {
                        author = signedIn.signUp(names.get(nameIndex++ % names.size()));
                    } catch (InvalidInputException refusedName) {
                        author = null;
                    }
                }
                signedIn.as(author, Role.CITIZEN);
            }
            String description = String.join("\n\n", bodies.subList(i * bodies.size() / chunks,
                    (i + 1) * bodies.size() / chunks));
            for (int t = i; t < titles.size(); t += chunks) {
                try {
                    last = ideas.submit(DEMO_STORM, new IdeaDraft(titles.get(t), description, null));
                    break;
                } catch (InvalidInputException refusedTitle) {
                    // An attack the portal refuses as bad input (a control character) is no surface.
                }
            }
        }
        IdeaScreen edited = ideas.idea(DEMO_STORM, last).orElseThrow();
        ideas.edit(last, new IdeaDraft(edited.title() + " " + HostileContent.TITLE_WORD, bodies.getLast()
                + "\n\n" + edited.description(), null), edited.version());
        commentHostilely(last, bodies, names);
        signedIn.anonymous();
        ideas.board(DEMO_STORM, new IdeaQuery(IdeaOrder.NEWEST, null, null, 0)).ideas().ideas().stream().limit(chunks)
                .forEach(card -> paths.add(card.path()));
        signedIn.clear();
        hostileIdeas = paths;
        return paths;
    }

    /**
     * Every attack again in comments and replies (each with its stance) on the last hostile idea, by hostile people,
     * as many to a comment as its length allows; a fresh person every 20 comments, within the rate limit.
     */
    private void commentHostilely(IdeaId idea, List<String> bodies, List<String> names) {
        StringBuilder text = new StringBuilder();
        List<String> texts = new ArrayList<>();
        // An attack the portal refuses as bad input (a control character) is no surface.
        for (String body : bodies.stream().filter(body -> body.length() < IdeaCommentService.MAX_COMMENT_LENGTH
                && TextRules.textProblem(body).isEmpty()).toList()) {
            if (text.length() + body.length() + 2 > IdeaCommentService.MAX_COMMENT_LENGTH) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(body).append("\n\n");
        }
        texts.add(text.toString());
        Long parent = null;
        for (int i = 0; i < texts.size(); i++) {
            if (i % 20 == 0) {
                signedIn.as(hostilePerson(names, i), Role.CITIZEN);
            }
            parent = i % 2 == 0 ? comments.comment(idea, IdeaStance.values()[i % 3], texts.get(i))
                    : comments.reply(parent, texts.get(i));
        }
    }

    private SignedIn.TestPerson hostilePerson(List<String> names, int from) {
        for (int i = from; ; i++) {
            try {
                return signedIn.signUp(names.get(i % names.size()));
            } catch (InvalidInputException refusedName) {
                // A name the portal refuses as bad input is no surface; the next one.
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aStormsIdeasTheirPagesAndHistory(Reader reader) {
        List<String> paths = writeHostileIdeasOnce();
        Page page = reader(reader);
        String storm = paths.getFirst().replaceFirst("/ideer/.*", "");
        List<String> routes = new ArrayList<>(List.of(storm + "?orden=nyeste", storm));
        routes.addAll(paths);
        if (reader == Reader.STAFF) {
            paths.forEach(path -> routes.add(path + "/historik"));
            // The results' preview, before they are published (readers find nothing there yet).
            routes.add(storm + "/resultater");
        }
        for (String route : routes) {
            open(page, route);
            assertClean(page, route);
        }
        open(page, storm + "?orden=nyeste");
        assertThat(page.locator("#storm-idea-cards").innerText()).contains(HostileContent.TITLE_WORD);
        // The newest hostile idea's page carried the hostile comments and replies.
        open(page, paths.getFirst());
        page.locator("#idea-comment-thread article.portal-comment-depth-1").first().waitFor();
        assertClean(page, "the hostile comments of an idea");
        if (reader == Reader.STAFF) {
            open(page, paths.getFirst() + "/historik");
            page.locator("#idea-revisions a").first().click();
            page.locator("#idea-description-diff").waitFor();
            assertClean(page, "the diff of a hostile idea");
        }
    }

    /** Units named by attacks under one parent named by an attack, all marked as innovation units; their paths. */
    private static List<String> hostileUnits;

    private List<String> writeHostileUnitsOnce() {
        if (hostileUnits != null) {
            return hostileUnits;
        }
        signedIn.newPerson("Ulla Ulvefod", Role.EMPLOYEE);
        OrganisationId copenhagen = organisations.search("Københavns Kommune").getFirst().id();
        OrganisationId parent = organisations.addUnit(new NewUnit("<b>" + HostileContent.TITLE_WORD + "</b> "
                + content.run, copenhagen, null));
        List<OrganisationId> units = new ArrayList<>(List.of(parent));
        for (String attack : XssCorpus.lines()) {
            try {
                units.add(organisations.addUnit(new NewUnit(attack, parent, null)));
            } catch (InvalidInputException refusedName) {
                // A name the portal refuses as bad input (a control character, too long, taken) is no surface.
            }
        }
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        units.forEach(unit -> organisationStewardship.markInnovationUnit(unit, true));
        signedIn.anonymous();
        hostileUnits = units.stream().map(unit -> organisations.find(unit).orElseThrow().path()).toList();
        signedIn.clear();
        return hostileUnits;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void organisationsNamedByAttacksTheirUnitsAndTheInnovationUnits(Reader reader) {
        List<String> paths = writeHostileUnitsOnce();
        Page page = reader(reader);
        // The list names units by their parent ("Enhed under …"), and the portal search finds them by it.
        List<String> routes = new ArrayList<>(List.of(paths.getFirst(), "organisationer/innovationsenheder",
                "organisationer?q=" + content.run, "organisationer?type=enhed&region=1084",
                "sog?q=" + HostileContent.TITLE_WORD + "+" + content.run));
        paths.stream().skip(1).limit(10).forEach(routes::add);
        if (reader == Reader.STAFF) {
            routes.add("organisationer/ny?under=" + OrganisationRoutes.idOf(paths.getFirst().substring(
                    "organisationer/".length())).orElseThrow().value());
        }
        for (String route : routes) {
            open(page, route);
            assertClean(page, route);
        }
        open(page, "organisationer/innovationsenheder");
        assertThat(page.locator("#innovation-units").innerText()).contains(HostileContent.TITLE_WORD);
        // The map's card lists the same units from its JSON: as text, never as markup.
        page.locator("#innovation-units-map .portal-map-marker[aria-label^='Københavns Kommune:']").press("Enter");
        assertThat(page.locator("#innovation-units-map .portal-map-card").innerText())
                .contains(HostileContent.TITLE_WORD);
        assertClean(page, "the innovation units' map card");
        open(page, paths.getFirst());
        assertThat(page.locator("#organisation-units li").count()).isGreaterThan(20);
        open(page, "organisationer?type=enhed&region=1084");
        assertThat(page.locator("#organisations").innerText()).contains(HostileContent.TITLE_WORD);
    }

    /** Landscape cases written by attacks: their texts, sections, results and tags; all but the last published. */
    private static List<CaseId> hostileCases;

    private List<CaseId> writeHostileCasesOnce() {
        if (hostileCases != null) {
            return hostileCases;
        }
        long camilla = people.localAccountId("coi@demo.coi.dk").orElseThrow();
        signedIn.as(camilla, "Camilla COI", Role.COI_STAFF);
        OrganisationId copenhagen = organisations.search("Københavns Kommune").getFirst().id();
        List<String> attacks = XssCorpus.lines();
        List<CaseId> written = new ArrayList<>();
        for (int i = 0; i < attacks.size() && written.size() < 12; i++) {
            String attack = attacks.get(i);
            try {
                written.add(cases.register(new CaseDraft(HostileContent.TITLE_WORD + " " + content.run + " " + i + " "
                        + attack, attack, copenhagen, attack, CaseSector.OTHER, 2020, CaseStage.PILOT,
                        InnovationType.SERVICE, attack, Novelty.FIRST, List.of("https://example.dk/?q=" + i),
                        List.of("<i>tag</i>" + i), attack + "\n\n" + XssCorpus.bodies().get(i % XssCorpus.bodies()
                        .size()), attack, attack, attack, EvidenceLevel.RCT, List.of(new CaseResult(attack, "%",
                        attack, attack, attack, attack, attack, attack, true, java.time.LocalDate.of(2031, 1, 1))),
                        PersonId.of(camilla), attack, true)));
            } catch (InvalidInputException refused) {
                // An attack the portal refuses as bad input (a control character, too long) is no surface.
            }
        }
        written.forEach(cases::submit);
        written.subList(0, written.size() - 1).forEach(id -> cases.publish(id,
                cases.screen(id).orElseThrow().version()));
        signedIn.clear();
        hostileCases = written;
        return written;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void landscapeCasesWrittenByAttacks(Reader reader) {
        List<CaseId> written = writeHostileCasesOnce();
        Page page = reader(reader);
        List<String> routes = new ArrayList<>(List.of(CaseRoutes.LIST,
                // The catalogue with hostile tags as facets and chips, titles on the map, and attacks in its address.
                CaseSearch.of(CaseFilter.text(HostileContent.TITLE_WORD).with(CaseFacet.TAG, List.of("<i>tag</i>0")))
                        .address(),
                CaseRoutes.LIST + "?" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8)
                        + "=1&sektor=" + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8)));
        written.subList(0, written.size() - 1).forEach(id -> routes.add(CaseRoutes.LIST + "/" + id.value()));
        // A published case's history is public (the versions' summaries and authors, any two compared).
        routes.add(CaseRoutes.history(written.getFirst()));
        // The organisation's page lists its published cases, titled and summarised by the attacks.
        signedIn.anonymous();
        routes.add(organisations.search("Københavns Kommune").getFirst().path());
        signedIn.clear();
        if (reader == Reader.STAFF) {
            routes.addAll(List.of(CaseRoutes.REVIEW, CaseRoutes.MINE, CaseRoutes.STALE,
                    CaseRoutes.edit(written.getFirst()),
                    CaseRoutes.history(written.getFirst()), CaseRoutes.LIST + "/" + written.getLast().value()));
        }
        for (String route : routes) {
            open(page, route);
            assertClean(page, route);
        }
        open(page, CaseRoutes.LIST + "/" + written.getFirst().value());
        assertThat(page.locator("#case-title").innerText()).contains(HostileContent.TITLE_WORD);
    }

    /** Adoptions and contact requests written by attacks, of the hostile cases; done once. */
    private static boolean hostileSpreadingWritten;

    private void writeHostileSpreadingOnce(List<CaseId> written) {
        if (hostileSpreadingWritten) {
            return;
        }
        OrganisationId aarhus = organisations.search("Aarhus Kommune").getFirst().id();
        List<String> attacks = XssCorpus.lines();
        signedIn.newPerson(HostileContent.TITLE_WORD + " Anne Adopter", Role.EMPLOYEE);
        AdoptionId adopted = null;
        for (int i = 0; i < attacks.size() && adopted == null; i++) {
            try {
                adopted = adoptions.adopt(written.getFirst(), new AdoptionDraft(aarhus, AdoptionKind.ADAPTED,
                        java.time.YearMonth.of(2024, 1), attacks.get(i) + "\n\n" + XssCorpus.bodies().get(0),
                        attacks.get(i), true));
            } catch (InvalidInputException refused) {
                // An attack refused as bad input is no surface.
            }
        }
        for (int i = 0; i < 5; i++) {
            try {
                contactRequests.request(written.get(1), attacks.get(i + 5));
            } catch (InvalidInputException refused) {
                // As above.
            }
        }
        signedIn.clear();
        hostileSpreadingWritten = true;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void spreadingWrittenByAttacks(Reader reader) {
        List<CaseId> written = writeHostileCasesOnce();
        writeHostileSpreadingOnce(written);
        Page page = reader(reader);
        List<String> routes = new ArrayList<>(List.of(CaseRoutes.LIST + "/" + written.getFirst().value(),
                AdoptionRoutes.SPREADING));
        if (reader == Reader.STAFF) {
            routes.addAll(List.of(AdoptionRoutes.REQUESTS, AdoptionRoutes.adopt(written.getFirst()),
                    AdoptionRoutes.contact(written.get(2))));
        }
        for (String route : routes) {
            open(page, route);
            assertClean(page, route);
        }
        open(page, CaseRoutes.LIST + "/" + written.getFirst().value());
        assertThat(page.locator("#case-adopters").innerText()).contains("Aarhus Kommune");
    }

    /** A storm in its evaluation with hostile ideas, criteria named by attacks and attacks as answers. */
    private static List<String> evaluatedIdeas;

    private List<String> writeHostileEvaluationOnce() {
        if (evaluatedIdeas != null) {
            return evaluatedIdeas;
        }
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        String title = "Vurderet " + HostileContent.TITLE_WORD;
        StormId storm = storms.create(new NewStorm(title, "Hvad vurderer vi?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS),
                List.of(Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1))));
        storms.publish(storm);
        storms.movePhase(storm, 0, "Vi åbner nu");
        List<String> lines = XssCorpus.lines().stream().filter(line -> line.length() <= 100).toList();
        List<CriterionDraft> criteria = new ArrayList<>();
        for (int i = 0; criteria.size() < 3 && i < lines.size(); i++) {
            List<CriterionDraft> tried = new ArrayList<>(criteria);
            tried.add(new CriterionDraft(lines.get(i), lines.get(lines.size() - 1 - i), 2));
            try {
                evaluation.setRubric(storm, tried, evaluation.rubric(storm).version());
                criteria = tried;
            } catch (InvalidInputException refusedLine) {
                // An attack the portal refuses as bad input (a control character) is no surface.
            }
        }
        List<IdeaId> written = new ArrayList<>();
        for (String hostile : XssCorpus.titles().stream().filter(t -> t.strip().length() <= 150).limit(6).toList()) {
            try {
                written.add(ideas.submit(storm, new IdeaDraft(hostile, "Om " + HostileContent.BODY_WORD, null)));
            } catch (InvalidInputException refusedTitle) {
                // As above.
            }
        }
        storms.movePhase(storm, 1, "Vi vurderer nu");
        List<String> bodies = XssCorpus.bodies();
        for (int i = 0; i < written.size(); i++) {
            IdeaId idea = written.get(i);
            String answer = String.join("\n\n", bodies.subList(i * bodies.size() / written.size(),
                    (i + 1) * bodies.size() / written.size()));
            try {
                evaluation.answer(idea, answer, ideas.idea(storm, idea).orElseThrow().version());
            } catch (InvalidInputException refusedAnswer) {
                // As above.
            }
        }
        List<String> paths = new ArrayList<>(List.of(StormRoutes.evaluation(storm, title)));
        written.forEach(idea -> paths.add(ideas.idea(storm, idea).orElseThrow().path()));
        signedIn.clear();
        evaluatedIdeas = paths;
        return paths;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void anEvaluationItsCriteriaAndAnswers(Reader reader) {
        List<String> paths = writeHostileEvaluationOnce();
        Page page = reader(reader);
        for (String route : reader == Reader.STAFF ? paths : paths.subList(1, paths.size())) {
            open(page, route);
            assertClean(page, route);
        }
        open(page, paths.get(1));
        page.locator("#idea-answer").waitFor();
    }

    @Test
    void aWatcherSeesHostileChangesAmongTheirNotices() {
        Page page = signedInAs(content.watcher);
        open(page, "wiki/overvaagning");
        assertThat(page.locator("#watch-notices").innerText()).contains(content.gallery);
        assertClean(page, "wiki/overvaagning");
        open(page, "notifikationer");
        assertThat(page.locator("#notices").innerText()).contains(content.gallery);
        assertClean(page, "notifikationer");
    }

    @Test
    void anAuthorSeesTheirProposalsStaffsReasonsAndTheirOwnDataSafely() {
        var author = content.people.getLast();
        Page page = signedInAs(author);
        for (String route : List.of("wiki/bidrag/" + author.id(), "min-side",
                WikiTitles.path(content.gallery) + "/rediger")) {
            open(page, route);
            assertClean(page, route);
        }
    }

    private Page signedInAs(SignedIn.TestPerson person) {
        Page page = signedIn(person.email(), "Mange grønne æbler i kurven");
        watch(page);
        return page;
    }

    @Test
    void feedsCarryHostileTextOnlyAsText() throws Exception {
        for (String feedPath : List.of("/feeds/wiki/seneste-aendringer.atom",
                "/feeds/wiki/historik.atom?side=" + URLEncoder.encode(content.gallery, StandardCharsets.UTF_8))) {
            RawHttp.Response response = RawHttp.get(this.port, feedPath);
            assertThat(response.status()).isEqualTo(200);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getEntries()).isNotEmpty();
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(response.body())));
            NodeList elements = document.getElementsByTagName("*");
            Set<String> names = new TreeSet<>();
            for (int i = 0; i < elements.getLength(); i++) {
                names.add(((Element) elements.item(i)).getTagName());
            }
            assertThat(names).as("only Atom's own elements in " + feedPath)
                    .isSubsetOf("feed", "title", "link", "entry", "author", "name", "id", "updated", "published",
                            "summary", "subtitle", "generator", "category", "contributor", "uri", "dc:date",
                            "dc:creator", "dc:language", "content");
            assertThat(response.body()).contains("&lt;");
        }
    }

    @Test
    void mailAboutHostileChangesIsPlainText() throws Exception {
        List<MimeMessage> mail = List.of();
        for (long deadline = System.currentTimeMillis() + 30_000; mail.isEmpty() && System.currentTimeMillis() < deadline; ) {
            mailServer.waitForIncomingEmail(1_000, mailServer.getReceivedMessages().length + 1);
            mail = TestMailServer.mailTo(mailServer, content.watcher.email());
        }
        assertThat(mail).isNotEmpty().allSatisfy(message -> {
            assertThat(subjectOf(message)).contains(content.gallery);
            assertThat(message.getContentType()).startsWith("text/plain");
            assertThat(message.getHeader("Content-Type")).hasSize(1);
            assertThat(message.getHeader("Bcc")).isNull();
        });
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private Page reader(Reader reader) {
        Page page = reader == Reader.STAFF ? signedIn("coi@demo.coi.dk", "demo") : visitor(1280, 900);
        watch(page);
        return page;
    }

    /** Records what a page must never do: open a dialog, break a script, violate the CSP. */
    private void watch(Page page) {
        List<String> seen = new ArrayList<>();
        incidents.put(page, seen);
        page.onDialog(dialog -> {
            seen.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        page.onPageError(error -> seen.add("script error: " + error));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                seen.add("CSP: " + message.text());
            }
        });
    }

    private static void open(Page page, String route) {
        Response response = page.navigate(route);
        assertThat(response == null ? 200 : response.status()).as(route).isLessThan(500);
        PortalPages.waitForView(page);
    }

    private void assertClean(Page page, String surface) {
        // Images, frames and event handlers a surface might carry have loaded (or failed) once the network is idle.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) page.evaluate(FIND_INJECTION);
        assertThat(injected).as("markup that could run script on " + surface).isEmpty();
        assertThat(incidents.get(page)).as("dialogs, script errors and CSP violations on " + surface).isEmpty();
        assertThat(page.locator(".portal-error").count()).as("error page on " + surface).isZero();
    }

    private static List<String> routesOf(String className) {
        try {
            Class<?> type = Class.forName(className);
            List<String> routes = new ArrayList<>();
            Route route = type.getAnnotation(Route.class);
            if (route != null) {
                routes.add(route.value());
            }
            return routes.stream().map(value -> value.startsWith("/") ? value.substring(1) : value)
                    .collect(Collectors.toList());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
