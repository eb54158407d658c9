package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.AwaitingItem;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pre-moderation on the real database: in a storm whose staff read new ideas first, a submitted idea is seen only by
 * its author (as waiting) and staff, and is in no list, count, search, similar ideas or sitemap and takes no votes,
 * until staff approve it (then it is everywhere) or reject it with a reason (it stays hidden, the author sees why);
 * each decision is in the moderation log with who and why, and the author is told. Staff set the storm's settings.
 */
@PortalTest
class PreModerationTest {

    private static final Duration LISTENER = Duration.ofSeconds(20);

    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaService ideas;
    @Autowired
    StormService storms;
    @Autowired
    VoteService votes;
    @Autowired
    ModerationService moderation;
    @Autowired
    SearchService search;
    @Autowired
    FollowService follows;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;

    private TestPerson staff;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm in its open phase (ideas, votes and counts), pre-moderated as {@code settings} say. */
    private StormId openStorm(StormSettings settings) {
        staff = signedIn.signUp("Sofie Stormfører");
        return testStorms.storm("Ventende idéer").by(staff.id()).settings(settings).start();
    }

    private void asStaff() {
        signedIn.as(staff, Role.COI_STAFF);
    }

    private List<Notice> noticesOf(TestPerson person) {
        signedIn.as(person, Role.CITIZEN);
        return follows.notices("moderation", 10);
    }

    private boolean everywhere(StormId storm, IdeaId idea, String words) {
        signedIn.anonymous();
        boolean listed = ideas.board(storm, IdeaQuery.first()).ideas().ideas().stream()
                .anyMatch(card -> card.id().equals(idea));
        boolean counted = ideas.board(storm, IdeaQuery.first()).ideas().total() == 1;
        boolean readable = ideas.idea(storm, idea).isPresent();
        boolean found = search.search(words, 0, 10).hits().stream()
                .anyMatch(hit -> hit.path().contains("/ideer/" + idea.value() + "-"));
        boolean similar = ideas.similar(storm, words, null).stream().anyMatch(hit -> hit.id().equals(idea));
        boolean inSitemap = ideas.visiblePaths().stream().anyMatch(path -> path.contains("/ideer/" + idea.value() + "-"));
        List<Boolean> seen = List.of(listed, counted, readable, found, similar, inSitemap);
        assertThat(seen).as("listed, counted, readable, found, similar, in the sitemap: all or none")
                .containsOnly(seen.getFirst());
        return listed;
    }

    @Test
    void aWaitingIdeaIsSeenOnlyByItsAuthorAndStaffUntilApprovedThenEverywhereLoggedAndTold() {
        StormId storm = openStorm(new StormSettings(true, null));
        TestPerson author = signedIn.signUp("Aske Forfatter");
        signedIn.as(author, Role.CITIZEN);
        assertThat(ideas.board(storm, IdeaQuery.first()).ideasAwaitApproval()).isTrue();
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Cykelparkering ved stationen",
                "Flere overdækkede cykelstativer ved stationen.", null));

        IdeaScreen seenByAuthor = ideas.idea(storm, idea).orElseThrow();
        assertThat(seenByAuthor.awaitingApproval()).isTrue();
        assertThat(seenByAuthor.voteState().voting()).isEqualTo(Voting.OPEN);
        assertThatThrownBy(() -> votes.vote(idea)).isInstanceOf(InvalidInputException.class);
        assertThat(ideas.board(storm, IdeaQuery.first()).ideas().ideas()).as("in no list, not even its author's")
                .isEmpty();
        assertThat(everywhere(storm, idea, "cykelparkering stationen")).isFalse();
        signedIn.newPerson("Anden Læser", Role.CITIZEN);
        assertThat(ideas.idea(storm, idea)).isEmpty();

        asStaff();
        assertThat(ideas.board(storm, IdeaQuery.first()).ideas().total()).as("staff find it in the queue only")
                .isZero();
        assertThat(moderation.queue().awaitingApproval()).extracting(AwaitingItem::subject)
                .containsExactly(idea.subject());
        assertThat(ideas.idea(storm, idea).orElseThrow().awaitingApproval()).isTrue();
        moderation.approve(idea.subject(), null);

        assertThat(moderation.queue().awaitingApproval()).isEmpty();
        assertThat(everywhere(storm, idea, "cykelparkering stationen")).isTrue();
        asStaff();
        assertThatThrownBy(() -> moderation.approve(idea.subject(), null)).as("decided once")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("subject", "moderation.approval.not-waiting")));
        asStaff();
        assertThat(moderation.log(idea.subject())).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ModerationAction.APPROVE.kind());
            assertThat(line.personId()).isEqualTo(staff.id());
        });
        signedIn.as(author, Role.CITIZEN);
        votes.vote(idea);
        await().atMost(LISTENER).until(() -> !noticesOf(author).isEmpty());
        assertThat(noticesOf(author).getFirst().kind()).isEqualTo("APPROVED");
    }

    @Test
    void aRejectedIdeaStaysHiddenWithTheReasonItsAuthorSeesAndIsTold() {
        StormId storm = openStorm(new StormSettings(true, null));
        TestPerson author = signedIn.signUp("Rikke Afvist");
        signedIn.as(author, Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Gratis kaffe", "Kaffe til alle borgere i venteværelset.",
                null));

        asStaff();
        assertThatThrownBy(() -> moderation.reject(idea.subject(), " ")).as("a rejection needs a reason")
                .isInstanceOf(InvalidInputException.class);
        assertThat(moderation.queue().awaitingApproval()).hasSize(1);
        moderation.reject(idea.subject(), "Idéen svarer ikke på stormens spørgsmål");

        assertThat(moderation.queue().awaitingApproval()).isEmpty();
        assertThat(everywhere(storm, idea, "kaffe venteværelset")).isFalse();
        signedIn.as(author, Role.CITIZEN);
        IdeaScreen seenByAuthor = ideas.idea(storm, idea).orElseThrow();
        assertThat(seenByAuthor.awaitingApproval()).isFalse();
        assertThat(seenByAuthor.hidden()).isTrue();
        assertThat(seenByAuthor.hiddenReason()).isEqualTo("Idéen svarer ikke på stormens spørgsmål");
        await().atMost(LISTENER).until(() -> !noticesOf(author).isEmpty());
        assertThat(noticesOf(author).getFirst()).satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo("REJECTED");
            assertThat(notice.summary().text()).isEqualTo("Idéen svarer ikke på stormens spørgsmål");
        });
        asStaff();
        assertThat(moderation.log(idea.subject())).extracting(ModerationLogLine::kind, ModerationLogLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ModerationAction.REJECT.kind(),
                        "Idéen svarer ikke på stormens spørgsmål"));
    }

    @Test
    void staffSetPreModerationAndTheBudgetAndAStormWithoutItPublishesAtOnce() {
        StormId storm = openStorm(StormSettings.DEFAULT);
        asStaff();
        assertThat(storms.management(storm).settings()).isEqualTo(StormSettings.DEFAULT);
        assertThatThrownBy(() -> storms.changeSettings(storm, new StormSettings(true, 0),
                storms.management(storm).settingsVersion()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("budget", "ideastorm.vote.budget.out-of-range")));
        assertThat(storms.management(storm).settings()).as("nothing half-stored").isEqualTo(StormSettings.DEFAULT);

        signedIn.newPerson("Straks Offentlig", Role.CITIZEN);
        IdeaId published = ideas.submit(storm, new IdeaDraft("Lys i tunnellen", "Bedre lys i cykeltunnellen.", null));
        assertThat(everywhere(storm, published, "lys tunnellen")).isTrue();

        asStaff();
        storms.changeSettings(storm, new StormSettings(true, 3), storms.management(storm).settingsVersion());
        assertThat(storms.management(storm).settings()).isEqualTo(new StormSettings(true, 3));
        signedIn.newPerson("Senere Forfatter", Role.CITIZEN);
        assertThat(ideas.board(storm, IdeaQuery.first()).votes().budget()).isEqualTo(3);
        IdeaId waiting = ideas.submit(storm, new IdeaDraft("Bænke ved søerne", "Flere bænke.", null));
        assertThat(ideas.idea(storm, waiting).orElseThrow().awaitingApproval()).isTrue();
        assertThat(ideas.idea(storm, published).orElseThrow().awaitingApproval()).as("published before: stays so")
                .isFalse();
    }
}
