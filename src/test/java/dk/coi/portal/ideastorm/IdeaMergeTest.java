package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merging duplicate ideas on the real database: every voter of either idea counts once on the kept idea (under the
 * unique key, within the budget), the merged idea leaves lists, search and similar ideas and says where it went, both
 * authors are credited, the merge and its undoing are in the moderation log with who and why, and undoing restores
 * every vote exactly where it was while a vote given on the kept idea since stays (two merges into one idea each
 * undone on its own, and beyond a budget lowered meanwhile); the authors of both are told; what a merge remembers of
 * a vote is in the voter's export and survives their erasure; merges are among the queue's latest decisions.
 */
@PortalTest
class IdeaMergeTest {


    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaMergeService merges;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaCommentService comments;
    @Autowired
    VoteService votes;
    @Autowired
    ModerationService moderation;
    @Autowired
    SearchService search;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;
    @Autowired
    FollowService follows;
    @Autowired
    StormService storms;
    @Autowired
    PersonalDataService personalData;

    private TestPerson staff;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private StormId openStorm(Integer budget) {
        staff = signedIn.signUp("Sofie Sammenlægger");
        return testStorms.storm("Dubletter").by(staff.id()).settings(new StormSettings(false, budget)).start();
    }

    private TestPerson voter(String name, IdeaId... ideasVotedFor) {
        TestPerson person = signedIn.signUp(name);
        signedIn.as(person, Role.CITIZEN);
        for (IdeaId idea : ideasVotedFor) {
            votes.vote(idea);
        }
        return person;
    }

    /** Each vote row on the ideas as "idea:person:time", to compare exactly before and after. */
    private List<String> voteRows(IdeaId... of) {
        return database.queryForList("select concat(idea_id, ':', person_id, ':', created_at) from idea_vote"
                + " where idea_id in (" + String.join(", ", java.util.Collections.nCopies(of.length, "?"))
                + ") order by idea_id, person_id", String.class,
                java.util.Arrays.stream(of).map(IdeaId::value).toArray());
    }

    private List<Notice> noticesOf(TestPerson person) {
        signedIn.as(person, Role.CITIZEN);
        return follows.notices("ideastorm", 10);
    }

    private void asStaff() {
        signedIn.as(staff, Role.COI_STAFF);
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }

    @Test
    void votesCountOnceOnTheKeptIdeaTheMergedOneLeavesTheListsAndUndoRestoresEveryVoteExactly() {
        StormId storm = openStorm(2);
        TestPerson keptAuthor = signedIn.signUp("Kaja Kept");
        signedIn.as(keptAuthor, Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Cykelstativer ved stationen", "Flere stativer.", null));
        TestPerson dupAuthor = signedIn.signUp("Dennis Dublet");
        signedIn.as(dupAuthor, Role.CITIZEN);
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Flere cykelstativer", "Stativer ved stationen.", null));
        voter("Begge Bo", kept, duplicate);
        TestPerson onlyDuplicate = voter("Dublet Dorte", duplicate);
        voter("Kun Kaj", kept);
        List<String> before = voteRows(kept, duplicate);

        asStaff();
        assertThat(merges.targets(duplicate, "cykel")).extracting(SimilarIdea::id).containsExactly(kept);
        assertRefused(() -> merges.merge(duplicate, kept, " "), "reason", "reason.required");
        assertThatThrownBy(() -> merges.merge(duplicate, null, "")).as("both missing parts at once")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsOnly(Map.entry("kept", "ideastorm.merge.kept-required"),
                                Map.entry("reason", "reason.required")));
        assertRefused(() -> merges.merge(duplicate, duplicate, "Samme idé"), "kept", "ideastorm.merge.itself");
        merges.merge(duplicate, kept, "Samme idé om cykelstativer");

        assertThat(database.queryForObject("select count(*) from idea_vote where idea_id = ?", Integer.class,
                kept.value())).as("Bo once, Dorte moved, Kaj").isEqualTo(3);
        assertThat(database.queryForObject("select count(*) from idea_vote where idea_id = ?", Integer.class,
                duplicate.value())).isZero();
        signedIn.anonymous();
        assertThat(ideas.board(storm, IdeaQuery.first()).ideas().ideas()).extracting(IdeaCard::id)
                .containsExactly(kept);
        assertThat(ideas.similar(storm, "cykelstativer stationen", null)).extracting(SimilarIdea::id)
                .containsExactly(kept);
        assertThat(search.search("cykelstativer", 0, 10).hits()).noneMatch(hit -> hit.path().contains("/ideer/"
                + duplicate.value() + "-"));
        IdeaScreen keptPage = ideas.idea(storm, kept).orElseThrow();
        assertThat(keptPage.votes()).isEqualTo(3);
        assertThat(keptPage.merge().authors()).containsExactly("Kaja Kept", "Dennis Dublet");
        assertThat(keptPage.merge().mergedFrom()).extracting(SimilarIdea::id).containsExactly(duplicate);
        assertThat(ideas.idea(storm, duplicate).orElseThrow().merge().mergedInto().id()).isEqualTo(kept);

        for (TestPerson author : List.of(keptAuthor, dupAuthor)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !noticesOf(author).isEmpty());
            assertThat(noticesOf(author).getFirst()).satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo("MERGED");
                assertThat(notice.summary().text()).isEqualTo("Samme idé om cykelstativer");
                assertThat(notice.subjectPath()).contains("/ideer/" + duplicate.value() + "-");
            });
        }

        signedIn.as(onlyDuplicate, Role.CITIZEN);
        assertRefused(() -> votes.vote(duplicate), "vote", "ideastorm.vote.merged");
        assertThat(ideas.board(storm, IdeaQuery.first()).votes().used()).as("a moved vote is still one vote")
                .isEqualTo(1);
        TestPerson after = voter("Efter Eva", kept);

        asStaff();
        assertRefused(() -> merges.merge(kept, duplicate, "Omvendt"), "idea", "ideastorm.merge.has-merged");
        merges.undo(duplicate, "Det var to forskellige idéer");
        List<String> restored = voteRows(kept, duplicate);
        assertThat(restored).as("every vote where it was, and Eva's later vote stays")
                .containsExactlyInAnyOrderElementsOf(concat(before, voteRows(kept, duplicate).stream()
                        .filter(row -> row.contains(":" + after.id() + ":")).toList()));
        assertThat(ideas.idea(storm, duplicate).orElseThrow().merge().mergedInto()).isNull();
        assertRefused(() -> merges.undo(duplicate, "Igen"), "idea", "ideastorm.merge.not-merged");
        assertThat(moderation.log(duplicate.subject())).extracting(line -> line.kind().code(),
                ModerationLogLine::reason, ModerationLogLine::personId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ideastorm.merge", "Samme idé om cykelstativer", staff.id()),
                org.assertj.core.groups.Tuple.tuple("ideastorm.merge-undo", "Det var to forskellige idéer",
                        staff.id()));
    }

    @Test
    void aMergedIdeaTakesNoCommentsItsDiscussionGoesOnUnderTheKeptIdea() {
        StormId storm = openStorm(null);
        signedIn.newPerson("Forfatter", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Lys på stien", "Lys.", null));
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Belysning på stien", "Lys.", null));
        asStaff();
        merges.merge(duplicate, kept, "Samme idé");

        signedIn.newPerson("Kim Kommentator", Role.CITIZEN);
        assertThat(comments.discussion(storm, duplicate).orElseThrow().commenting()).isEqualTo(Commenting.IDEA_MERGED);
        assertThatThrownBy(() -> comments.comment(duplicate, IdeaStance.FOR, "Godt!"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("comment", "ideastorm.comment.closed.idea-merged"));
        assertThat(comments.discussion(storm, kept).orElseThrow().commenting()).isEqualTo(Commenting.OPEN);
    }

    @Test
    void mergesStayInOneStormAndNeverIntoAMergedOrHiddenIdea() {
        StormId storm = openStorm(null);
        StormId other = openStorm(null);
        signedIn.newPerson("Forfatter", Role.CITIZEN);
        IdeaId a = ideas.submit(storm, new IdeaDraft("Idé A", "Tekst A.", null));
        IdeaId b = ideas.submit(storm, new IdeaDraft("Idé B", "Tekst B.", null));
        IdeaId c = ideas.submit(storm, new IdeaDraft("Idé C", "Tekst C.", null));
        IdeaId e = ideas.submit(storm, new IdeaDraft("Idé E", "Tekst E.", null));
        IdeaId elsewhere = ideas.submit(other, new IdeaDraft("Idé D", "Tekst D.", null));

        asStaff();
        assertRefused(() -> merges.merge(a, elsewhere, "Samme"), "kept", "ideastorm.merge.other-storm");
        merges.merge(a, b, "Samme som B");
        assertRefused(() -> merges.merge(c, a, "Samme som A"), "kept", "ideastorm.merge.kept-not-shown");
        assertRefused(() -> merges.merge(a, c, "Igen"), "idea", "ideastorm.merge.not-mergeable");
        moderation.hide(c.subject(), "Reklame");
        assertRefused(() -> merges.merge(e, c, "Skjult"), "kept", "ideastorm.merge.kept-not-shown");
        assertRefused(() -> merges.merge(b, e, "Kæde"), "idea", "ideastorm.merge.has-merged");
        assertThat(merges.targets(e, "Idé")).as("neither merged nor hidden ones").extracting(SimilarIdea::id)
                .containsExactly(b);
        signedIn.newPerson("Borger", Role.CITIZEN);
        assertThatThrownBy(() -> merges.merge(b, a, "Ikke staff"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void twoIdeasMergedIntoOneAreUndoneEachOnItsOwnRestoringExactlyTheVotesThatWereThere() {
        for (boolean firstUndoneFirst : List.of(true, false)) {
            StormId storm = openStorm(null);
            signedIn.newPerson("Forfatter", Role.CITIZEN);
            IdeaId kept = ideas.submit(storm, new IdeaDraft("Bænke ved indgangen", "Bænke.", null));
            IdeaId first = ideas.submit(storm, new IdeaDraft("Flere bænke", "Bænke.", null));
            IdeaId second = ideas.submit(storm, new IdeaDraft("Siddepladser", "Bænke.", null));
            TestPerson all = voter("Alle Tre", first, second, kept);
            TestPerson onlyFirst = voter("Kun Første", first);
            TestPerson secondAndKept = voter("Anden og Beholdt", second, kept);
            TestPerson bothMerged = voter("Begge Dubletter", first, second);
            List<String> before = voteRows(kept, first, second);

            asStaff();
            merges.merge(first, kept, "Samme idé");
            asStaff();
            merges.merge(second, kept, "Også samme idé");
            assertThat(voteRows(kept, first, second)).as("everyone once, on the kept idea").hasSize(4)
                    .allMatch(row -> row.startsWith(kept.value() + ":"));

            IdeaId undone = firstUndoneFirst ? first : second;
            IdeaId stillMerged = firstUndoneFirst ? second : first;
            asStaff();
            merges.undo(undone, "To forskellige idéer");
            assertThat(voteRows(undone)).as("the undone idea's votes exactly as they were")
                    .containsExactlyInAnyOrderElementsOf(rowsOf(before, undone));
            assertThat(voteRows(stillMerged)).isEmpty();
            assertThat(votersOf(kept)).as("the kept idea counts everyone who voted for it or the idea still merged")
                    .containsExactlyInAnyOrderElementsOf(firstUndoneFirst
                            ? List.of(all.id(), secondAndKept.id(), bothMerged.id())
                            : List.of(all.id(), secondAndKept.id(), bothMerged.id(), onlyFirst.id()));

            asStaff();
            merges.undo(stillMerged, "Heller ikke den samme");
            assertThat(voteRows(kept, first, second)).as("every vote back where it was")
                    .containsExactlyInAnyOrderElementsOf(before);
            assertThat(database.queryForObject("select count(*) from idea_merged_vote where merged_idea_id in (?, ?)",
                    Long.class, first.value(), second.value())).isZero();
        }
    }

    /**
     * Decided: undoing gives every vote back, also beyond a budget lowered since the merge, as a vote given within
     * its budget is never taken back (design decision 012); the person then gives no more until they are within it.
     */
    @Test
    void undoingAfterTheBudgetWasLoweredGivesTheVotesBackBeyondItAndNoMoreCanBeGiven() {
        StormId storm = openStorm(2);
        signedIn.newPerson("Forfatter", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Lys på stien", "Lys.", null));
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Belysning på stien", "Lys.", null));
        IdeaId third = ideas.submit(storm, new IdeaDraft("Skraldespande", "Spande.", null));
        TestPerson both = voter("Bente Begge", kept, duplicate);
        List<String> before = voteRows(kept, duplicate);
        asStaff();
        merges.merge(duplicate, kept, "Samme idé");
        asStaff();
        storms.changeSettings(storm, new StormSettings(false, 1), storms.management(storm).settingsVersion());

        asStaff();
        merges.undo(duplicate, "Forskellige idéer");
        assertThat(voteRows(kept, duplicate)).containsExactlyInAnyOrderElementsOf(before);
        signedIn.as(both, Role.CITIZEN);
        VoteState state = ideas.board(storm, IdeaQuery.first()).votes();
        assertThat(state.used()).isEqualTo(2);
        assertThat(state.remaining()).isZero();
        assertThatThrownBy(() -> votes.vote(third)).isInstanceOf(InvalidInputException.class);
        votes.withdraw(duplicate);
        votes.withdraw(kept);
        votes.vote(third);
    }

    @Test
    void whatAMergeRemembersOfAVoteIsInTheVotersExportAndStaysCountedWithoutTheirNameAfterErasure() {
        StormId storm = openStorm(null);
        signedIn.newPerson("Forfatter", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Kaffe i venteværelset", "Kaffe.", null));
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Gratis kaffe", "Kaffe.", null));
        TestPerson both = voter("Erik Eksport", kept, duplicate);
        List<String> before = voteRows(kept, duplicate);
        asStaff();
        merges.merge(duplicate, kept, "Samme idé");

        signedIn.as(both, Role.CITIZEN);
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"votesOnMergedIdeas\"", "\"idea\" : " + duplicate.value(),
                "\"mergedInto\" : " + kept.value(), "\"countedAlready\" : true");
        personalData.eraseCurrentPerson();

        assertThat(database.queryForObject("select count(*) from idea_merged_vote where person_id = ?", Long.class,
                both.id())).as("kept, as the votes are, for the blanked person row").isEqualTo(1);
        signedIn.anonymous();
        assertThat(ideas.idea(storm, kept).orElseThrow().votes()).isEqualTo(1);
        asStaff();
        merges.undo(duplicate, "Forskellige idéer");
        assertThat(voteRows(kept, duplicate)).as("restored, still without a name")
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(database.queryForObject("select display_name from person where id = ?", String.class, both.id()))
                .isNotEqualTo("Erik Eksport");
    }

    @Test
    void mergesAndTheirUndoingAreAmongTheLatestDecisionsInTheQueueWithWhoWhenAndWhy() {
        StormId storm = openStorm(null);
        signedIn.newPerson("Forfatter", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Hjemmeside på let dansk", "Let dansk.", null));
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Lettere sprog", "Let dansk.", null));
        asStaff();
        java.time.Instant before = clock.instant();
        merges.merge(duplicate, kept, "Begge handler om let sprog");
        asStaff();
        merges.undo(duplicate, "Den ene handler om breve");
        java.time.Instant after = clock.instant();

        asStaff();
        List<ModerationLogLine> latest = moderation.queue().recentDecisions().stream()
                .filter(line -> line.subject().equals(duplicate.subject())).toList();
        assertThat(latest).extracting(line -> line.kind().code(), ModerationLogLine::personId,
                        ModerationLogLine::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ideastorm.merge-undo", staff.id(),
                                "Den ene handler om breve"),
                        org.assertj.core.groups.Tuple.tuple("ideastorm.merge", staff.id(),
                                "Begge handler om let sprog"));
        assertThat(latest.getFirst()).satisfies(line -> {
            assertThat(line.person()).isEqualTo("Sofie Sammenlægger");
            assertThat(line.time()).isBetween(before.minusMillis(1), after);
            assertThat(line.title().key()).isEqualTo("ideastorm.moderation.an-idea-in");
        });
    }

    private List<Long> votersOf(IdeaId idea) {
        return database.queryForList("select person_id from idea_vote where idea_id = ?", Long.class, idea.value());
    }

    private static List<String> rowsOf(List<String> rows, IdeaId idea) {
        return rows.stream().filter(row -> row.startsWith(idea.value() + ":")).toList();
    }

    private static List<String> concat(List<String> one, List<String> other) {
        return java.util.stream.Stream.concat(one.stream(), other.stream()).toList();
    }
}
