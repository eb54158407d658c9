package dk.coi.portal.ideastorm.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaCard;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormSettings;
import dk.coi.portal.ideastorm.WithheldIdea;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestStorms;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A storm's ideas and an idea's page as a reader who is not signed in fetches them, on the demo ideas: the cards on
 * the storm page in the order asked, the idea with title, description, canonical address and no session, one
 * address per idea, 404 for an idea of another storm, a withheld idea's page saying why, and the ideas in the
 * sitemap.
 */
@PortalTest
class IdeaPagesTest {

    private static final StormId OPEN_STORM = StormId.of(1);

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    IdeaService ideas;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestStorms testStorms;
    @Autowired
    ModerationService moderation;
    @Autowired
    IdeaMergeService merges;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private IdeaCard demoIdea() {
        signedIn.anonymous();
        return ideas.board(OPEN_STORM, new IdeaQuery(IdeaOrder.NEWEST, null, null, 0)).ideas().ideas().stream()
                .filter(idea -> idea.title().equals("Skriv, hvad samtalen skal handle om")).findFirst().orElseThrow();
    }

    @Test
    void theStormPageListsItsIdeasWithAuthorAndOpeningInTheOrderAsked() throws Exception {
        String html = readablePage(port, "/idestorme/1-unge-ledige-til-samtalen-i-jobcentret?orden=nyeste");
        assertThat(html).contains("<h2 id=\"storm-ideas-heading\">Idéer</h2>", "Log ind for at komme med en idé.")
                .contains("<option value=\"nyeste\" selected>Nyeste først</option>")
                .containsSubsequence("Samme rådgiver hver gang", "Skriv, hvad samtalen skal handle om",
                        "Samtalen som videomøde, når det passer")
                .contains("<a href=\"/" + demoIdea().path() + "\">Skriv, hvad samtalen skal handle om</a>")
                .contains("af Birgitte Borger", "Brevene siger kun, at jeg er indkaldt. Hvis beskeden fortalte, hvad vi");
    }

    @Test
    void anIdeaHasItsPageAtOneAddress() throws Exception {
        IdeaCard idea = demoIdea();
        String html = readablePage(port, "/" + idea.path());
        assertThat(html).contains("<title>Skriv, hvad samtalen skal handle om | Innovationsportalen</title>")
                .contains("<h1 lang=\"da\">Skriv, hvad samtalen skal handle om</h1>")
                .contains("<meta name=\"description\" content=\"Brevene siger kun, at jeg er indkaldt.")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + idea.path() + "\">")
                // The demo merged Anders's duplicate into it, so both authors are credited.
                .contains("<strong>hvad vi skal tale om</strong>", "<dd>Birgitte Borger og Anders Admin</dd>")
                .contains("href=\"/idestorme/1-unge-ledige-til-samtalen-i-jobcentret\"");

        HttpResponse<String> other = get(port, "/idestorme/1/ideer/" + idea.id().value());
        assertThat(other.statusCode()).isEqualTo(301);
        assertThat(other.headers().firstValue("Location").orElseThrow()).endsWith("/" + idea.path());
        assertThat(other.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> elsewhere = get(port, "/idestorme/2/ideer/" + idea.id().value());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(get(port, "/idestorme/1/ideer/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void aWaitingOrHiddenIdeaSaysSoAtItsAddressLeadingToItsStormAndKeptOutOfSearchEngines() throws Exception {
        TestPerson staff = signedIn.signUp("Sofie Skjuler");
        StormId storm = testStorms.storm("Skjulte idéer").by(staff.id()).settings(new StormSettings(true, null))
                .start();
        signedIn.newPerson("Aske Ventende", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Overdækkede cykelstativer", "Ved stationen.", null));
        signedIn.as(staff, Role.COI_STAFF);
        IdeaScreen seenByStaff = ideas.idea(storm, idea).orElseThrow();

        HttpResponse<String> waiting = get(port, "/" + seenByStaff.path());
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(waiting.body()).contains("<meta name=\"robots\" content=\"noindex\">",
                        "<h1>Idéen afventer godkendelse</h1>", "href=\"/" + seenByStaff.stormPath() + "\"")
                .doesNotContain("Overdækkede cykelstativer", "Ved stationen");

        signedIn.as(staff, Role.COI_STAFF);
        moderation.approve(idea.subject(), null);
        signedIn.as(staff, Role.COI_STAFF);
        moderation.hide(idea.subject(), "Reklame for en cykelhandler");
        HttpResponse<String> hidden = get(port, "/" + seenByStaff.path());
        assertThat(hidden.statusCode()).isEqualTo(200);
        assertThat(hidden.body()).contains("<meta name=\"robots\" content=\"noindex\">",
                        "<h1>Idéen er skjult af COI</h1>", "href=\"/" + seenByStaff.stormPath() + "\"")
                .doesNotContain("Overdækkede cykelstativer", "Reklame for en cykelhandler");
        signedIn.anonymous();
        assertThat(ideas.reading(storm, idea)).containsInstanceOf(WithheldIdea.class);
        assertThat(get(port, "/idestorme/" + storm.value() + "/ideer/987654").statusCode()).isEqualTo(404);
    }

    /** Before: the merged idea's page said it was "Offentliggjort" and asked readers to sign in to vote and comment. */
    @Test
    void aMergedIdeaSaysSoAndAsksNobodyToSignInToVoteOrCommentOnIt() throws Exception {
        TestPerson staff = signedIn.signUp("Sofie Sammenlægger");
        StormId storm = testStorms.storm("Sammenlagte idéer").by(staff.id()).start();
        signedIn.newPerson("Kaja Kept", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Cykelstativer ved stationen", "Flere stativer.", null));
        signedIn.newPerson("Dennis Dublet", Role.CITIZEN);
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Flere cykelstativer", "Stativer ved stationen.", null));
        signedIn.as(staff, Role.COI_STAFF);
        String keptPath = ideas.idea(storm, kept).orElseThrow().path();
        String duplicatePath = ideas.idea(storm, duplicate).orElseThrow().path();
        merges.merge(duplicate, kept, "Samme idé");
        signedIn.clear();

        assertThat(readablePage(port, "/" + keptPath)).contains("Log ind for at stemme", "Log ind for at kommentere");
        assertThat(readablePage(port, "/" + duplicatePath)).contains("<dd>Slået sammen med en anden idé</dd>")
                .doesNotContain("Log ind for at stemme", "Log ind for at kommentere", "<dd>Offentliggjort</dd>");
    }

    @Test
    void theSitemapListsTheIdeas() throws Exception {
        assertThat(get(port, "/sitemap.xml").body()).contains("<loc>" + baseUrl + demoIdea().path() + "</loc>");
    }
}
