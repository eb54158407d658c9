package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signIn;
import static dk.coi.portal.browser.PortalPages.signInAndWait;
import static dk.coi.portal.browser.PortalPages.submitLoginForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The foundation as a person uses it in Chromium: navigation, sign-in, sign-up, language, phone, errors. */
@PortalTest
class PortalBrowserTest extends BrowserTestSupport {

    @Autowired
    SignedIn signedIn;

    /** A visitor on the front page. */
    private Page visitor() {
        return onFrontPage(1280, 900);
    }

    private Page onFrontPage(int width, int height) {
        Page page = visitor(width, height);
        open(page, "");
        return page;
    }

    @Test
    void anAnonymousVisitorSeesTheFrontPageWithNewsAndEveryPublicArea() {
        Page page = visitor();

        assertThat(page).hasTitle("Innovationsportalen");
        assertThat(page.locator("html")).hasAttribute("lang", "da");
        assertThat(page.locator("#whats-new")).containsText("Velkommen til Innovationsportalen");
        for (String area : new String[] {"home", "wiki", "idestorme", "landskab", "historier", "praktik", "sog"}) {
            assertThat(page.locator("#nav-" + area)).isAttached();
        }
        assertThat(page.locator("#nav-moderation")).hasCount(0);
        assertThat(page.locator("#nav-admin")).hasCount(0);
        assertThat(page.locator("#login-link")).isVisible();

        page.locator("#nav-historier").click();
        assertThat(page.locator("#main-content")).containsText("kommer snart");
        page.locator("#nav-landskab").click();
        assertThat(page.locator("#cases-intro")).isVisible();
        assertThat(page.locator("#main-content")).not().containsText("kommer snart");
    }

    @Test
    void aCitizenAndAnAdministratorSignInAndSeeTheirNameRoleAndNavigation() {
        Page citizen = visitor();
        signInAndWait(citizen, "borger@demo.coi.dk", "demo");
        assertThat(citizen.locator("#current-person")).hasText("Birgitte Borger");
        assertThat(citizen.locator("#current-role")).hasText("Borger");
        assertThat(citizen.locator("#nav-admin")).hasCount(0);
        assertThat(citizen.locator(".portal-footer a", new Page.LocatorOptions().setHasText("Kontakt COI")))
                .hasAttribute("href", "mailto:innovation@coi.example");
        open(citizen, "admin");
        assertThat(citizen.locator("#main-content")).not().containsText("Søgeindeks");
        citizen.locator("#logout").click();
        assertThat(citizen.locator("#login-link")).isVisible();

        Page admin = visitor();
        signInAndWait(admin, "admin@demo.coi.dk", "demo");
        assertThat(admin.locator("#current-person")).hasText("Anders Admin");
        assertThat(admin.locator("#current-role")).hasText("Administrator");
        assertThat(admin.locator("#nav-moderation")).isAttached();
        admin.locator("#nav-admin").click();
        admin.locator("text=Søgeindeks").click();
        admin.locator("#rebuild-index").click();
        assertThat(admin.locator("#index-status")).containsText("Færdig");
        assertThat(admin.locator("#index-progress")).hasAttribute("aria-valuenow", "1");
    }

    @Test
    void signingOutOnAnyPageReturnsToTheFrontPage() {
        SignedIn.TestPerson person = signedIn.signUp("Ulla Udlogger");
        signedIn.clear();
        Page page = visitor();
        signInAndWait(page, person.email(), SignedIn.PASSWORD);
        assertThat(page.locator("head link[rel='icon'][type='image/svg+xml']")).hasCount(1);
        open(page, "wiki/De_syv_principper");

        page.locator("#logout").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile("^https?://[^/]+/$"));
        assertThat(page.locator("#whats-new")).isVisible();
        assertThat(page.locator("#login-link")).isVisible();

        // On a phone the sign-out is in the menu.
        Page phone = visitor(360, 740);
        signIn(phone, person.email(), SignedIn.PASSWORD);
        phone.locator("#drawer-current-person").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        open(phone, "wiki/KLK's_fire_faser/historik");
        phone.locator("vaadin-drawer-toggle").click();
        phone.locator("#drawer-logout").click();
        assertThat(phone).hasURL(java.util.regex.Pattern.compile("^https?://[^/]+/$"));
        assertThat(phone.locator("#whats-new")).isVisible();
    }

    /** The "§" links and the table of contents lead within the page, for readers and in Vaadin (its base address). */
    @Test
    void aSectionLinkIsReachedWithTheKeyboardAndStaysOnThePage() {
        SignedIn.TestPerson person = signedIn.signUp("Siri Sektion");
        signedIn.clear();
        Page reader = visitor();
        Page signedInPerson = visitor();
        signInAndWait(signedInPerson, person.email(), SignedIn.PASSWORD);
        assertThat(signedInPerson.evaluate("fetch('/lumo/lumo.css').then(response => response.status)"))
                .as("the Vaadin screens' Lumo stylesheet, signed in").isEqualTo(200);
        for (Page page : List.of(reader, signedInPerson)) {
            open(page, "wiki/KLK's_fire_faser");
            assertThat(page.locator("#table-of-contents")).hasAccessibleName("Indhold");
            Locator section = page.locator("#afsnit-Varighed + .portal-section-link");
            assertThat(page.locator("#afsnit-Varighed")).hasAccessibleName("Varighed");
            section.focus();
            assertThat(section).hasAccessibleName("Afsnit Varighed");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/wiki/KLK's_fire_faser#afsnit-Varighed$"));
            assertThat(page.locator("#afsnit-Varighed")).isInViewport();
            page.locator("#table-of-contents a", new Page.LocatorOptions().setHasText("Kilden til nytænkning")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(
                    ".*/wiki/KLK's_fire_faser#afsnit-Kilden_til_nyt%C3%A6nkning$"));
            assertThat(page.locator("#page-content")).isVisible();
        }
    }

    @Test
    void signUpExplainsEveryProblemThenCreatesAnAccountAndSignsItIn() {
        Page page = visitor();
        open(page, "opret-konto");
        page.locator("#signup-name input").fill("Sofie Signup");
        page.locator("#signup-email input").fill("borger@demo.coi.dk");
        page.locator("#signup-password input").fill("Tre små grise byggede huse");
        page.locator("#signup-repeat input").fill("Tre små grise byggede huse");
        page.locator("#signup-submit").click();
        assertThat(page.locator("#signup-email")).containsText("Der findes allerede en konto");

        String email = "sofie-" + UUID.randomUUID() + "@example.dk";
        page.locator("#signup-email input").fill(email);
        page.locator("#signup-password input").fill("kort");
        page.locator("#signup-repeat input").fill("kort");
        page.locator("#signup-submit").click();
        assertThat(page.locator("#signup-password")).containsText("mindst 10 tegn");

        page.locator("#signup-password input").fill("Tre små grise byggede huse");
        page.locator("#signup-repeat input").fill("Tre små grise byggede huse");
        page.locator("#signup-submit").click();
        page.locator("#current-person").waitFor();
        assertThat(page.locator("#current-person")).hasText("Sofie Signup");

        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();
        signInAndWait(page, email, "Tre små grise byggede huse");
        assertThat(page.locator("#current-person")).hasText("Sofie Signup");
    }

    @Test
    void everyFailedSignInShowsOneMessageAndRepeatedFailuresMakeEvenTheRightPasswordWait() {
        Page page = visitor();
        open(page, "opret-konto");
        String email = "venter-" + UUID.randomUUID() + "@example.dk";
        page.locator("#signup-name input").fill("Vibeke Venter");
        page.locator("#signup-email input").fill(email);
        page.locator("#signup-password input").fill("Fire fede elefanter danser");
        page.locator("#signup-repeat input").fill("Fire fede elefanter danser");
        page.locator("#signup-submit").click();
        page.locator("#current-person").waitFor();
        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, email, "forkert-" + attempt);
            assertSignInFailedWithTheOneMessage(page);
        }
        signIn(page, email, "Fire fede elefanter danser");
        assertSignInFailedWithTheOneMessage(page);
        signIn(page, "ingen-" + UUID.randomUUID() + "@example.dk", "Fire fede elefanter danser");
        assertSignInFailedWithTheOneMessage(page);
    }

    private static void assertSignInFailedWithTheOneMessage(Page page) {
        assertThat(page.getByText("Du blev ikke logget ind")).isVisible();
        assertThat(page.getByText("Efter mange forkerte forsøg skal du vente lidt")).isVisible();
        assertThat(page.getByText("låst")).hasCount(0);
        assertThat(page.locator("#current-person")).hasCount(0);
    }

    @Test
    void aLoginPostWithoutTheTokenFromAForeignOriginSignsNobodyIn() {
        Page page = visitor();
        APIResponse forged = page.request().post("login", RequestOptions.create()
                .setHeader("Origin", "https://angriber.example")
                .setForm(FormData.create().set("username", "borger@demo.coi.dk").set("password", "demo"))
                .setMaxRedirects(0));
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.headers().get("location")).endsWith("/login?expired");
        open(page, "");
        assertThat(page.locator("#login-link")).isVisible();
        assertThat(page.locator("#current-person")).hasCount(0);
    }

    @Test
    void aForeignPageThatPostsTheLoginFormDoesNotSignTheBrowserInButThePortalsOwnFormDoes() {
        Page page = visitor();
        String portal = "http://localhost:" + port + "/";
        page.context().route("http://angriber.example/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html")
                .setBody("<form method='post' action='" + portal + "login'>"
                        + "<input name='username' value='borger@demo.coi.dk'><input name='password' value='demo'>"
                        + "</form><script>document.forms[0].submit()</script>")));
        page.navigate("http://angriber.example/");
        page.waitForURL(url -> url.startsWith(portal));
        open(page, "");
        assertThat(page.locator("#current-person")).hasCount(0);

        page.locator("#login-link").click();
        PortalPages.waitForView(page);
        submitLoginForm(page, "borger@demo.coi.dk", "demo");
        page.locator("#current-person").waitFor();
        assertThat(page.locator("#current-person")).hasText("Birgitte Borger");
    }

    @Test
    void aLoginFormLeftOpenUntilItsSessionEndedAsksToSignInAgain() {
        Page page = visitor();
        open(page, "login");
        page.context().clearCookies();
        submitLoginForm(page, "borger@demo.coi.dk", "demo");
        assertThat(page.getByText("Siden var for gammel")).isVisible();
        assertThat(page.locator("#current-person")).hasCount(0);

        submitLoginForm(page, "borger@demo.coi.dk", "demo");
        page.locator("#current-person").waitFor();
        assertThat(page.locator("#current-person")).hasText("Birgitte Borger");
    }

    @Test
    void theLanguageSwitchShowsThePortalInEnglishAndRemembersIt() {
        Page page = visitor();
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#main-content h1")).hasText("Innovation Portal");
        assertThat(page.locator("#nav-home")).containsText("Home");
        open(page, "sog");
        assertThat(page.locator("#main-content h1")).hasText("Search");
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "da");
    }

    /**
     * Before: the choice lived only in the browser, and each sign-in stored that browser's language (Danish when
     * it had none) as the person's. Now a signed-in person's choice is theirs, wherever they sign in next.
     */
    @Test
    void aSignedInPersonsLanguageChoiceHoldsAtTheirNextSignInAlsoInAnotherBrowser() {
        SignedIn.TestPerson person = signedIn.signUp("Edith English");
        signedIn.clear();
        Page page = visitor();
        signInAndWait(page, person.email(), SignedIn.PASSWORD);
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();
        signInAndWait(page, person.email(), SignedIn.PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#logout")).hasText("Sign out");

        Page elsewhere = visitor();
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "da");
        signInAndWait(elsewhere, person.email(), SignedIn.PASSWORD);
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "en");
        assertThat(elsewhere.locator("#main-content h1")).hasText("Innovation Portal");
        elsewhere.locator("#language-switch").click();
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "da");

        Page third = visitor();
        signInAndWait(third, person.email(), SignedIn.PASSWORD);
        assertThat(third.locator("html")).hasAttribute("lang", "da");
    }

    /**
     * Before: in the notices page's and the watchlist's layout a heading's margins, an empty status line's and
     * the layout's own gaps added up, about 100 px under a title. Now headings are spaced as in running text.
     */
    @Test
    void headingsOnTheNoticesPageAndTheWatchlistAreSpacedAsInText() {
        Page page = visitor();
        signInAndWait(page, "medarbejder@demo.coi.dk", "demo");
        for (String path : new String[] {"notifikationer", "wiki/overvaagning"}) {
            open(page, path);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> gaps = (List<Map<String, Object>>) page.evaluate("""
                    () => [...document.querySelectorAll('#main-content :is(h1, h2)')].map(heading => {
                        let next = heading.nextElementSibling;
                        while (next && next.getBoundingClientRect().height < 2) {
                            next = next.nextElementSibling;
                        }
                        return {heading: heading.tagName, text: heading.textContent,
                                gap: next ? next.getBoundingClientRect().top - heading.getBoundingClientRect().bottom : 0};
                    })""");
            assertThat(gaps).as(path).isNotEmpty().allSatisfy(gap -> assertThat(((Number) gap.get("gap")).doubleValue())
                    .as(path + ": under " + gap.get("text"))
                    .isLessThanOrEqualTo(gap.get("heading").equals("H1") ? 33 : 17));
        }
    }

    @Test
    void theHeaderSearchFindsContentWithHighlightedWords() {
        Page page = visitor();
        // A reader who is not signed in has the server-rendered page's plain search field (Vaadin's is a combo box).
        Locator search = page.locator("input#header-search, #header-search input");
        search.fill("innovationer");
        search.press("Enter");
        assertThat(page.locator("#search-summary")).containsText("resultater for \"innovationer\"");
        assertThat(page.locator("#search-results mark").first()).isVisible();
    }

    /** A link in a page's text leads to the page it names, from the server-rendered page a reader gets. */
    @Test
    void aReaderFollowsALinkInAPagesTextToThatPage() {
        Page page = visitor();
        open(page, "wiki/Hvad_er_offentlig_innovation%3F");
        assertThat(page.locator("#page-content")).hasAttribute("lang", "da");
        page.locator("#page-content a", new Page.LocatorOptions().setHasText("De syv principper")).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/wiki/De_syv_principper$"));
        assertThat(page.locator("#main-content h1")).hasText("De syv principper");
    }

    /** As in the Vaadin header: titles are offered while typing, and the keyboard alone chooses and opens one. */
    @Test
    void theReadersHeaderSearchSuggestsTitlesToOpenByKeyboard() {
        Page page = visitor();
        Locator search = page.locator("input#header-search");
        search.pressSequentially("syv princ");
        Locator suggestion = page.locator("#header-search-suggestions [role=option]", new Page.LocatorOptions()
                .setHasText("De syv principper"));
        assertThat(suggestion).isVisible();
        assertThat(suggestion).containsText("Wikiside");
        assertThat(search).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("form[role=search] [role=status]")).containsText("Forslag: ");
        AccessibilityTest.assertNoViolations(page, "the header search with its suggestions open");

        search.press("Escape");
        assertThat(page.locator("#header-search-suggestions")).isHidden();
        assertThat(search).hasAttribute("aria-expanded", "false");
        search.fill("");
        search.pressSequentially("xyzqw");
        assertThat(page.locator("form[role=search] [role=status]")).hasText("Ingen forslag");
        search.fill("");
        search.pressSequentially("syv princ");
        assertThat(suggestion).isVisible();

        String wanted = suggestion.getAttribute("id");
        for (int moves = 0; moves < 8 && !wanted.equals(search.getAttribute("aria-activedescendant")); moves++) {
            search.press("ArrowDown");
        }
        assertThat(search).hasAttribute("aria-activedescendant", wanted);
        assertThat(suggestion).hasAttribute("aria-selected", "true");
        search.press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/wiki/De_syv_principper$"));
        assertThat(page.locator("#main-content h1")).hasText("De syv principper");
    }

    /** The server-rendered pages' menu is behind the header's Menu button on a phone (more: PhoneLayoutBrowserTest). */
    @Test
    void onA360PixelPhoneNothingScrollsSidewaysAndTheMenuIsThere() {
        Page page = onFrontPage(360, 740);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(360);
        assertThat(page.locator("#nav-wiki")).isHidden();
        page.locator("#menu-button").click();
        page.locator("#nav-wiki").click();
        assertThat(page.locator("#main-content h1")).hasText("Innovationswiki");
    }

    @Test
    void errorsArePlainFriendlyPagesWithoutStackTraces() {
        Page page = visitor();
        open(page, "nyheder/999999999");
        assertThat(page.locator("#main-content h1")).hasText("Siden findes ikke");
        open(page, "findes/slet/ikke");
        assertThat(page.locator("#main-content h1")).hasText("Siden findes ikke");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Exception").doesNotContain("at dk.coi");
    }
}
