package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.assertHasFocus;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The screens people reported on a 360 px phone: the header, wiki tables, the talk page's staff tools. */
@PortalTest
class PhoneLayoutBrowserTest extends BrowserTestSupport {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 780;

    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonService people;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    ModerationService moderation;
    @Autowired
    CaseService cases;

    private Page onPhoneSignedInAs(String email) {
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        signIn(page, email, "demo");
        // On a phone the name is in the closed menu, so it is there but not visible.
        page.locator("#drawer-current-person").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    private String pageWritten(String text) {
        String title = "Telefon " + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(people.localAccountId("medarbejder@demo.coi.dk").orElseThrow(), "Mads Medarbejder",
                Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, text, "Til telefontest", false, null));
        return title;
    }

    private static double height(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("element => element.getBoundingClientRect().height"))
                .doubleValue();
    }

    @Test
    void theSignedInHeaderStaysSmallAndTheMenuHoldsTheAccount() {
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");

        // Before: name, role, watchlist, language and sign-out wrapped into about 240 px of a 780 px screen.
        assertThat(height(page, ".portal-header")).isLessThanOrEqualTo(120);
        assertThat(page.locator("#logout")).isHidden();
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("#drawer-current-person")).hasText("Camilla COI");
        assertThat(page.locator("#drawer-current-role")).isVisible();
        assertThat(page.locator("#drawer-language-switch")).isVisible();
        page.locator("#drawer-logout").click();
        assertThat(page.locator("#login-link")).isVisible();
    }

    @Test
    void theNewStormFormsDateAndHourFieldsFitThePhone() {
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");
        open(page, "idestorme/ny");
        assertThat(page.locator("vaadin-date-time-picker").first()).isVisible();

        // Before: each date-and-hour field reached 402–434 px, and the page's column scrolled sideways.
        double rightmost = ((Number) page.evaluate("""
                Math.max(...[...document.querySelectorAll('vaadin-date-time-picker')]
                        .map(field => field.getBoundingClientRect().right))""")).doubleValue();
        assertThat(rightmost).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /**
     * Before: a reader's header on a phone was about 200 px, three rows of menu links under the search, and the
     * sign-up link was hidden. Now the menu is behind a button, as the signed-in drawer is, and holds sign-up.
     */
    @Test
    void theReadersHeaderKeepsTheMenuBehindAButtonThatOpensAndClosesByKeyboard() {
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        open(page, "wiki/Forside");

        assertThat(height(page, ".portal-static-header")).isLessThanOrEqualTo(140);
        assertThat(page.locator("#site-menu")).isHidden();
        Locator menuButton = page.locator("#menu-button");
        assertThat(menuButton).hasAccessibleName("Menu");
        menuButton.focus();
        page.keyboard().press("Enter");
        // The open panel covers the button, so the focus moves into it.
        assertHasFocus(page.locator("#site-menu a").first());
        Locator signUp = page.locator("#site-menu a", new Page.LocatorOptions().setHasText("Opret konto"));
        assertThat(signUp).isVisible();
        assertThat(page.locator("#site-menu a[aria-current='page']")).hasText("Wiki");
        page.keyboard().press("Escape");
        assertThat(page.locator("#site-menu")).isHidden();
        assertHasFocus(menuButton);
        menuButton.click();
        page.locator(".portal-menu-close").click();
        assertThat(page.locator("#site-menu")).isHidden();
        // Past the menu's last button the focus leaves the panel, which closes instead of hiding the focus under it.
        menuButton.click();
        page.locator(".portal-menu-close").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#site-menu")).isHidden();
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);

        page.setViewportSize(1280, 800);
        assertThat(menuButton).isHidden();
        assertThat(page.locator("#site-menu a", new Page.LocatorOptions().setHasText("Wiki"))).isVisible();
        assertThat(signUp).isHidden();
    }

    /**
     * Before: the reading pages' header search was squeezed beside the logo and the account links, 190 px wide in
     * Danish and 67 px in English. On a phone it now has a row of its own under the logo, "Log ind" and the menu (the
     * language switch is in the menu); the signed-in header's search takes the phone's width as well.
     */
    @Test
    void onAPhoneTheHeaderSearchHasTheWidthOfTheScreen() {
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        for (String language : List.of("da", "en")) {
            open(page, "sprog/" + language + "?tilbage=/landskab");
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertThat(width(page, ".portal-static-search")).isGreaterThanOrEqualTo(PHONE_WIDTH - 2 * 16 - 1);
            assertThat(width(page, "#header-search")).isGreaterThanOrEqualTo(220);
            double logoMiddle = top(page, ".portal-logo") + height(page, ".portal-logo") / 2;
            for (String part : List.of("#login-link", "#menu-button")) {
                assertThat(Math.abs(top(page, part) + height(page, part) / 2 - logoMiddle)).as(part + " beside the logo")
                        .isLessThan(12);
            }
            assertThat(top(page, "#header-search")).isGreaterThan(top(page, "#menu-button"));
            assertThat(height(page, ".portal-static-header")).isLessThanOrEqualTo(110);
            assertThat(page.locator("#language-switch")).isHidden();
            page.locator("#menu-button").click();
            assertThat(page.locator("#menu-language-switch")).isVisible();
            page.keyboard().press("Escape");
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        page.setViewportSize(1280, 800);
        assertThat(page.locator("#language-switch")).isVisible();
        assertThat(page.locator("#menu-language-switch")).isHidden();

        Page signedInPage = onPhoneSignedInAs("coi@demo.coi.dk");
        assertThat(width(signedInPage, "#header-search")).isGreaterThanOrEqualTo(PHONE_WIDTH - 2 * 16 - 1);
    }

    private static double width(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("element => element.getBoundingClientRect().width"))
                .doubleValue();
    }

    /**
     * Before: at 1280 px a staff member's header wrapped to a second row once the moderation link had a count
     * ("Til moderation (1)"); on a phone it keeps to the top bar.
     */
    @Test
    void aStaffHeaderWithCountsKeepsToOneRowAt1280AndFitsAPhone() {
        // Written by people of its own: the other tests' writers stay within their rate of edits.
        signedIn.newPerson("Hanne Header", Role.EMPLOYEE);
        String title = "Header " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Side med en kommentar.", "Til headertest", false, null));
        Subject comment = TalkComment.subject(talk.comment(title, null, "Køb billige ure her"));
        signedIn.newPerson("Rita Rapport", Role.CITIZEN);
        moderation.report(comment, ReportCategory.SPAM, "Reklame");
        signedIn.clear();
        Page page = visitor(1280, 800);
        signIn(page, "coi@demo.coi.dk", "demo");
        assertThat(page.locator("#notices-moderation")).containsText("Til moderation (");
        double logoTop = top(page, ".portal-header .portal-logo");
        for (String part : List.of("#header-search", "#language-switch", "#notices-moderation", "#current-person",
                "#current-role", "#logout")) {
            assertThat(Math.abs(top(page, part) + height(page, part) / 2 - logoTop - height(page,
                    ".portal-header .portal-logo") / 2)).as(part + " on the logo's row").isLessThan(12);
        }
        assertThat(height(page, ".portal-header")).isLessThanOrEqualTo(72);

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        assertThat(height(page, ".portal-header")).isLessThanOrEqualTo(120);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static double top(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("element => element.getBoundingClientRect().top"))
                .doubleValue();
    }

    /** Before: on a phone the number of unread notices was only in the closed menu. */
    @Test
    void thePhonesTopBarShowsTheUnreadNoticesOnItsBell() {
        String title = pageWritten("Side, Camilla overvåger.");
        signedIn.as(people.localAccountId("coi@demo.coi.dk").orElseThrow(), "Camilla COI", Role.COI_STAFF);
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        signedIn.as(people.localAccountId("medarbejder@demo.coi.dk").orElseThrow(), "Mads Medarbejder",
                Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, "Ændret.", "Til Camilla", false, wiki.page(title).orElseThrow().version()));
        signedIn.clear();
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");

        Locator bell = page.locator("#phone-notices-notifikationer");
        assertThat(bell).isVisible();
        String count = bell.locator(".portal-tag").innerText();
        assertThat(count).matches("[1-9][0-9]*");
        assertThat(bell).hasAttribute("aria-label", Pattern.compile("^Beskeder, " + count + " ulæste?$"));
        assertThat(height(page, ".portal-header")).isLessThanOrEqualTo(120);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);
        AccessibilityTest.assertNoViolations(page, "the front page with unread notices");
        bell.click();
        assertThat(page.locator("#notices li", new Page.LocatorOptions().setHasText(title))).hasCount(1);
    }

    @Test
    void wikiTablesKeepWholeWordsAndScrollWithinThemselves() {
        String title = pageWritten("""
                | Fase | Beskrivelse | Varighed | Ansvarlig |
                |------|-------------|----------|-----------|
                | Opdagelse | Brugerundersøgelser | Seksugersforløb | Projektlederen |
                """);
        signedIn.clear();
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        open(page, WikiTitles.path(title));

        // Each cell's single word stays on one line (before: "Opdag/else", split mid-word).
        @SuppressWarnings("unchecked")
        List<Number> linesPerCell = (List<Number>) page.locator(".portal-prose table").evaluate("""
                table => [...table.querySelectorAll('td')].map(cell => {
                    const range = document.createRange();
                    range.selectNodeContents(cell);
                    return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size;
                })""");
        assertThat(linesPerCell).isNotEmpty().allSatisfy(lines -> assertThat(lines.intValue()).isEqualTo(1));
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(page.locator(".portal-prose table")).hasAttribute("tabindex", "0");
    }

    @Test
    void staffSeeTheReasonFieldOnlyForTheCommentTheyChooseToHide() {
        String title = pageWritten("Side med en diskussion.");
        talk.comment(title, null, "Første kommentar");
        talk.comment(title, null, "Anden kommentar");
        signedIn.clear();
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");
        open(page, WikiTitles.path(title) + "/diskussion");

        assertThat(page.locator("[id^=hide-start-]")).hasCount(2);
        assertThat(page.locator("[id^=hide-reason-]")).hasCount(0);
        page.locator("[id^=hide-start-]").first().click();
        assertThat(page.locator("[id^=hide-reason-]")).hasCount(1);
        page.locator("[id^=hide-reason-] input").fill("Personoplysninger");
        page.locator("vaadin-button[id^=hide-]:not([id^=hide-start-])").click();
        assertThat(page.locator("[id^=show-]")).hasCount(1);
        assertThat(page.locator("[id^=hide-start-]")).hasCount(1);
    }

    /**
     * Before: a select labelled "Overvåg" stood beside the "Overvåg siden" button. Now one button watches the
     * page; only then does the labelled choice of for how long appear, and focus moves to it, and back to the
     * button after stopping; everything within the phone's width.
     */
    @Test
    void theWatchControlIsOneButtonAndThenALabelledChoiceOfHowLongWithinThePhone() {
        String title = pageWritten("En side at overvåge.");
        signedIn.clear();
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");
        open(page, WikiTitles.path(title));

        assertThat(page.locator("#watch-control vaadin-select")).hasCount(0);
        page.locator("#watch-start").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#watch-state")).hasText("Du overvåger siden.");
        assertThat(page.locator("#watch-status")).containsText("på din overvågningsliste");
        assertThat(page.getByLabel("Varighed")).isVisible();
        assertThat(focusedIn(page, "#watch-period")).as("focus on the choice that replaced the button").isTrue();
        Number right = (Number) page.locator("#watch-control").evaluate("""
                control => Math.max(...[...control.querySelectorAll('vaadin-select, vaadin-button, span')]
                        .map(element => element.getBoundingClientRect().right))""");
        assertThat(right.doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);

        page.locator("#watch-period").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("i 3 måneder")).click();
        assertThat(page.locator("#watch-state")).containsText("Du overvåger siden til");
        assertThat(page.locator("#watch-status")).containsText("Varigheden er gemt.");
        page.locator("#watch-stop").click();
        assertThat(page.locator("#watch-status")).containsText("fjernet");
        assertHasFocus(page.locator("#watch-start"));
        assertThat(page.locator("#watch-control vaadin-select")).hasCount(0);
    }

    private static boolean focusedIn(Page page, String selector) {
        return (Boolean) page.evaluate("selector => document.activeElement?.closest(selector) != null", selector);
    }

    @Test
    void theRollbackButtonNamingALongAuthorFitsThePhone() {
        String title = pageWritten("Første udgave.");
        signedIn.clear();
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");
        open(page, WikiTitles.path(title) + "/historik");

        // "Tilbagefør alle ændringer af Mads Medarbejder (Jobcenter Aarhus)": wider than 360 px on one line.
        assertThat(page.locator("#rollback")).isVisible();
        Number right = (Number) page.locator("#rollback").evaluate("button => button.getBoundingClientRect().right");
        assertThat(right.doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        Boolean cutOff = (Boolean) page.locator("#rollback").evaluate("""
                button => { const label = button.shadowRoot.querySelector('[part=label]');
                            return label.scrollWidth > label.clientWidth; }""");
        assertThat(cutOff).as("the label is cut off").isFalse();
    }

    @Test
    void theEditConflictFitsThePhoneAndTheEditorWaitsUntilTheMergeIsApplied() {
        String title = pageWritten("Linje et.\nLinje to.");
        signedIn.clear();
        Page page = onPhoneSignedInAs("coi@demo.coi.dk");
        open(page, WikiTitles.path(title) + "/rediger");
        // Someone saves the same line meanwhile.
        signedIn.as(people.localAccountId("medarbejder@demo.coi.dk").orElseThrow(), "Mads Medarbejder",
                Role.EMPLOYEE);
        long version = wiki.page(title).orElseThrow().version();
        wiki.save(new WikiEdit(title, "Linje et.\nLinje to, deres.", "Deres", false, version));
        signedIn.clear();

        page.locator("#page-source textarea").fill("Linje et.\nLinje to, mine.");
        page.locator("#edit-summary input").fill("Mine");
        page.locator("#save-page").click();

        assertThat(page.locator("#edit-conflict")).isVisible();
        assertThat(page.locator("#edit-conflict")).isInViewport();
        Number right = (Number) page.locator("#edit-conflict").evaluate("box => box.getBoundingClientRect().right");
        assertThat(right.doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        // Text typed now would be replaced by the merge: the editor takes none until the merge is in it.
        assertThat(page.locator("#page-source textarea")).not().isEditable();
        page.locator("#overlap-choice-1").getByText("Begge: den gemte version og derefter din").click();
        page.locator("#apply-merge").click();
        assertThat(page.locator("#page-source textarea")).isEditable();
        assertThat(page.locator("#page-source textarea")).hasValue(java.util.regex.Pattern.compile("deres[\\s\\S]*mine"));
    }

    /**
     * The landscape on a 360 px phone (issue 13's review): "Innovationslandskabet" stays one word on one line; a
     * case's results are cards, nothing scrolled sideways, with room before the next heading; a map card opened near
     * the zoom buttons is panned clear of them.
     */
    @Test
    void theLandscapesHeadingResultsAndMapCardFitThePhone() {
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        open(page, "landskab");
        Locator heading = page.locator("#main-content h1");
        assertThat(heading).hasText("Innovationslandskabet");
        // Before: the word broke after "Innovationslandsk" without a hyphen: two boxes for its one text node.
        assertThat(((Number) heading.evaluate("""
                h1 => { const range = document.createRange(); range.selectNodeContents(h1);
                        return range.getClientRects().length; }""")).intValue()).isEqualTo(1);

        signedIn.clear();
        String withResults = cases.publishedCards().stream().filter(card -> !cases.screen(card.id()).orElseThrow()
                .results().isEmpty()).findFirst().orElseThrow().path();
        open(page, withResults);
        Locator results = page.locator("#case-results");
        assertThat(results.locator("tbody tr").first()).isVisible();
        assertThat(((Number) results.locator(".portal-table-scroll").evaluate(
                "wrapper => wrapper.scrollWidth - wrapper.clientWidth")).intValue()).isLessThanOrEqualTo(0);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        // Each value under its column's name, on a card of its own.
        assertThat(results.locator("tbody td").first()).hasAttribute("data-label", "Udgangspunkt");
        double gap = ((Number) results.evaluate("""
                section => section.nextElementSibling.getBoundingClientRect().top
                        - section.getBoundingClientRect().bottom""")).doubleValue();
        assertThat(gap).as("room before the heading after the results").isGreaterThanOrEqualTo(16);

        open(page, "organisationer/innovationsenheder");
        Locator map = page.locator("#innovation-units-map");
        assertThat(map.locator(".leaflet-overlay-pane path")).hasCount(1);
        // A place at Denmark's north-west corner, where the zoom buttons are.
        map.evaluate("map => map.dataset.places = JSON.stringify([{lat: 57.6, lon: 8.1, name: 'Hanstholm',"
                + " summary: 'Hanstholm', count: 1, markers: [{label: 'Et sted', href: '/organisationer'}]}])");
        Locator marker = map.locator(".portal-map-marker[aria-label='Hanstholm']");
        marker.focus();
        marker.press("Enter");
        Locator card = map.locator(".leaflet-popup-content-wrapper");
        assertThat(card).isVisible();
        String overlap = """
                map => { const zoom = map.querySelector('.leaflet-control-zoom').getBoundingClientRect();
                         const card = map.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
                         return zoom.right > card.left && card.right > zoom.left
                             && zoom.bottom > card.top && card.bottom > zoom.top; }""";
        page.waitForFunction("map => !(" + overlap + ")(map)", map.elementHandle());
    }
}
