package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Comments on ideas on the real database: a thread of comments with stances and replies as everyone reads it, the
 * stances counted, cards counting comments and ordered by them; refusals (no stance, empty text, a phase without
 * comments, outside the audience, a hidden idea, under a hidden comment) that store nothing; hiding by three reports
 * and the queue's item; the notices to the idea's author and the replied-to author; comments per Danish day; the
 * GDPR export and erasure.
 */
@PortalTest
class IdeaCommentServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Autowired
    TestStorms testStorms;
    @Autowired
    StormResultsService resultsService;
    @Autowired
    IdeaCommentService comments;
    @Autowired
    IdeaService ideas;
    @Autowired
    StormService storms;
    @Autowired
    ModerationService moderation;
    @Autowired
    FollowService follows;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm in its first phase, which takes ideas and comments for {@code open}, then two closed phases. */
    private StormId openStorm(Audience audience, Duration open) {
        return testStorms.storm("Flere unge til samtalen").audience(audience).phases(open).start();
    }

    private IdeaId idea(StormId storm, TestPerson author, String title) {
        signedIn.as(author, Role.CITIZEN);
        return ideas.submit(storm, new IdeaDraft(title, "En idé om " + title.toLowerCase(), null));
    }

    private IdeaDiscussion asAnonymous(StormId storm, IdeaId idea) {
        signedIn.anonymous();
        return comments.discussion(storm, idea).orElseThrow();
    }

    private int commentCount() {
        return database.queryForObject("select count(*) from idea_comment", Integer.class);
    }

    private static void assertRefused(ThrowingCallable call, Map<String, String> problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(problems));
    }

    @Test
    void peopleCommentWithAStanceAndReplyAndEveryoneReadsTheThreadWithTheStancesCounted() {
        StormId storm = openStorm(Audience.SIGNED_IN, HOUR);
        TestPerson karen = signedIn.signUp("Karen Idémager");
        TestPerson bo = signedIn.signUp("Bo Bekymret");
        IdeaId sms = idea(storm, karen, "Sms dagen før");
        IdeaId quiet = idea(storm, karen, "Ingen kommentarer her");

        signedIn.as(bo, Role.CITIZEN);
        assertThat(comments.discussion(storm, sms).orElseThrow().commenting()).isEqualTo(Commenting.OPEN);
        long against = comments.comment(sms, IdeaStance.AGAINST, "Det koster **for meget**.<script>alert(1)</script>");
        signedIn.as(karen, Role.CITIZEN);
        long answer = comments.reply(against, "Det gør det ikke.");
        signedIn.as(bo, Role.CITIZEN);
        long again = comments.reply(answer, "Jo, det gør.");
        signedIn.newPerson("Nina Neutral", Role.CITIZEN);
        long neutral = comments.comment(sms, IdeaStance.NEUTRAL, "Måske.");

        IdeaDiscussion read = asAnonymous(storm, sms);
        assertThat(read.commenting()).isEqualTo(Commenting.SIGN_IN);
        assertThat(read.mayReport()).isFalse();
        assertThat(read.comments()).extracting(CommentView::id).containsExactly(against, answer, again, neutral);
        assertThat(read.comments()).extracting(CommentView::depth).containsExactly(0, 1, 2, 0);
        assertThat(read.comments()).extracting(CommentView::labelKey).containsExactly(
                "ideastorm.comment.stance.against", null, null, "ideastorm.comment.stance.neutral");
        assertThat(read.comments()).extracting(CommentView::author).containsExactly("Bo Bekymret", "Karen Idémager",
                "Bo Bekymret", "Nina Neutral");
        assertThat(read.comments().getFirst().html().html()).contains("<strong>for meget</strong>")
                .doesNotContain("<script");
        assertThat(read.stances()).isEqualTo(new StanceCounts(0, 1, 1));

        signedIn.anonymous();
        IdeaBoard byComments = ideas.board(storm, new IdeaQuery(IdeaOrder.MOST_COMMENTS, null, null, 0));
        assertThat(byComments.orders()).contains(IdeaOrder.MOST_COMMENTS);
        assertThat(byComments.ideas().ideas()).extracting(IdeaCard::id).containsExactly(sms, quiet);
        assertThat(byComments.ideas().ideas()).extracting(IdeaCard::comments).containsExactly(4L, 0L);
    }

    @Test
    void aCommentNeedsAStanceAndAText_aReplyNoStance_andARefusalStoresNothing() {
        StormId storm = openStorm(Audience.SIGNED_IN, HOUR);
        IdeaId idea = idea(storm, signedIn.signUp("Karen Idémager"), "Sms dagen før");
        signedIn.newPerson("Bo Bekymret", Role.CITIZEN);
        int before = commentCount();

        assertRefused(() -> comments.comment(idea, null, "  "), Map.of("stance", "ideastorm.comment.stance.required",
                "body", "ideastorm.comment.empty"));
        assertRefused(() -> comments.comment(idea, IdeaStance.FOR, "x".repeat(IdeaCommentService.MAX_COMMENT_LENGTH + 1)),
                Map.of("body", "ideastorm.comment.too-long"));
        assertRefused(() -> comments.reply(Long.MAX_VALUE, "Svar"), Map.of("parent", "ideastorm.comment.unknown"));
        assertThat(commentCount()).isEqualTo(before);
    }

    @Test
    void nobodyCommentsOutsideTheAudienceOrAPhaseForCommentsAndNothingIsStored() {
        StormId employees = openStorm(Audience.PUBLIC_EMPLOYEES, HOUR);
        signedIn.newPerson("Ansat Anne", Role.EMPLOYEE);
        IdeaId idea = ideas.submit(employees, new IdeaDraft("Idé fra en ansat", "Tekst.", null));
        long first = comments.comment(idea, IdeaStance.FOR, "God idé.");
        signedIn.newPerson("Borger Bent", Role.CITIZEN);
        int before = commentCount();
        assertThat(comments.discussion(employees, idea).orElseThrow().commenting())
                .isEqualTo(Commenting.NOT_IN_AUDIENCE);
        assertRefused(() -> comments.comment(idea, IdeaStance.FOR, "Også mig."),
                Map.of("comment", "ideastorm.comment.closed.not-in-audience"));
        assertRefused(() -> comments.reply(first, "Også mig."),
                Map.of("comment", "ideastorm.comment.closed.not-in-audience"));

        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ansat Anton", Role.EMPLOYEE);
        assertThat(comments.discussion(employees, idea).orElseThrow().commenting()).isEqualTo(Commenting.PHASE_CLOSED);
        assertRefused(() -> comments.comment(idea, IdeaStance.AGAINST, "For sent."),
                Map.of("comment", "ideastorm.comment.closed.phase-closed"));
        assertThat(commentCount()).isEqualTo(before);
    }

    @Test
    void threeReportsHideACommentUntilStaffDecide_andNobodyCommentsOnAHiddenIdeaOrRepliesUnderAHiddenComment() {
        StormId storm = openStorm(Audience.SIGNED_IN, HOUR);
        TestPerson karen = signedIn.signUp("Karen Idémager");
        IdeaId idea = idea(storm, karen, "Sms dagen før");
        TestPerson spammer = signedIn.signUp("Sam Spam");
        signedIn.as(spammer, Role.CITIZEN);
        long spam = comments.comment(idea, IdeaStance.FOR, "Køb billige sms'er hos os!");
        for (String reporter : List.of("Rapportør Et", "Rapportør To", "Rapportør Tre")) {
            signedIn.newPerson(reporter, Role.CITIZEN);
            moderation.report(IdeaComments.subject(spam), ReportCategory.SPAM, "Reklame");
        }

        IdeaDiscussion read = asAnonymous(storm, idea);
        assertThat(read.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.hidden()).isTrue();
            assertThat(comment.hiddenReason()).isNull();
            assertThat(comment.html()).isNull();
        });
        assertThat(read.stances()).isEqualTo(new StanceCounts(0, 0, 0));
        signedIn.as(spammer, Role.CITIZEN);
        assertThat(comments.discussion(storm, idea).orElseThrow().comments().getFirst().html()).isNotNull();
        signedIn.as(karen, Role.CITIZEN);
        int before = commentCount();
        assertRefused(() -> comments.reply(spam, "Nej tak."), Map.of("parent", "ideastorm.comment.parent-hidden"));

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        QueuedItem queued = moderation.queue().items().stream()
                .filter(item -> item.subject().equals(IdeaComments.subject(spam))).findFirst().orElseThrow();
        assertThat(queued.item().excerpt()).isEqualTo("Køb billige sms'er hos os!");
        assertThat(queued.item().path()).endsWith("#" + CommentView.anchor(spam));

        for (String reporter : List.of("Rapportør Fire", "Rapportør Fem", "Rapportør Seks")) {
            signedIn.newPerson(reporter, Role.CITIZEN);
            moderation.report(idea.subject(), ReportCategory.SPAM, "Reklame");
        }
        signedIn.as(karen, Role.CITIZEN);
        assertThat(comments.discussion(storm, idea).orElseThrow().commenting()).isEqualTo(Commenting.IDEA_HIDDEN);
        assertRefused(() -> comments.comment(idea, IdeaStance.FOR, "Min egen idé."),
                Map.of("comment", "ideastorm.comment.closed.idea-hidden"));
        assertThat(commentCount()).isEqualTo(before);
        signedIn.anonymous();
        assertThat(comments.discussion(storm, idea)).isEmpty();
    }

    @Test
    void theIdeasAuthorHearsOfACommentAndACommentsAuthorOfAReplyButNobodyOfTheirOwn() {
        StormId storm = openStorm(Audience.SIGNED_IN, HOUR);
        TestPerson karen = signedIn.signUp("Karen Idémager");
        TestPerson bo = signedIn.signUp("Bo Bekymret");
        IdeaId idea = idea(storm, karen, "Sms dagen før");
        signedIn.as(karen, Role.CITIZEN);
        long own = comments.comment(idea, IdeaStance.FOR, "Jeg er selv for.");
        signedIn.as(bo, Role.CITIZEN);
        long comment = comments.comment(idea, IdeaStance.AGAINST, "Det koster for meget.");
        signedIn.as(karen, Role.CITIZEN);
        long reply = comments.reply(comment, "Det gør det ikke.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(notices(karen)).containsExactly(List.of("ON_YOUR_IDEA", comment));
            assertThat(notices(bo)).containsExactly(List.of("TO_YOUR_COMMENT", reply));
        });
        assertThat(notices(karen)).noneMatch(notice -> notice.get(1).equals(own));
        signedIn.as(bo, Role.CITIZEN);
        assertThat(follows.notices("ideastorm", 10).getFirst().path())
                .endsWith("#" + CommentView.anchor(reply));
    }

    /** The person's notices about idea comments, as (kind, comment id). */
    private List<List<Object>> notices(TestPerson person) {
        signedIn.as(person, Role.CITIZEN);
        try {
            return follows.notices("ideastorm", 50).stream()
                    .filter(notice -> notice.subject().type().equals(IdeaComments.SUBJECT_TYPE))
                    .map(notice -> List.<Object>of(notice.kind(), notice.subject().id())).toList();
        } finally {
            signedIn.clear();
        }
    }

    @Test
    void visibleCommentsAreCountedPerDayInDanishTimeInTheResults() {
        // From noon, so that the storm starts on the day it is counted from whenever the suite runs.
        Instant started = clock.instant();
        clock.advance(Duration.between(started, LocalDate.ofInstant(started, DANISH_TIME).plusDays(1).atTime(12, 0)
                .atZone(DANISH_TIME).toInstant()));
        StormId storm = openStorm(Audience.SIGNED_IN, Duration.ofDays(2));
        StormId other = openStorm(Audience.SIGNED_IN, Duration.ofDays(2));
        TestPerson karen = signedIn.signUp("Karen Idémager");
        IdeaId idea = idea(storm, karen, "Sms dagen før");
        IdeaId elsewhere = idea(other, karen, "En anden storm");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DANISH_TIME);
        clock.advance(Duration.between(now, today.plusDays(1).atStartOfDay(DANISH_TIME).toInstant())
                .minusMinutes(1));
        signedIn.newPerson("Bo Bekymret", Role.CITIZEN);
        comments.comment(idea, IdeaStance.FOR, "Før midnat.");
        clock.advance(Duration.ofMinutes(2));
        comments.comment(idea, IdeaStance.AGAINST, "Efter midnat.");
        long hidden = comments.comment(idea, IdeaStance.NEUTRAL, "Skjules.");
        comments.comment(elsewhere, IdeaStance.FOR, "I en anden storm.");
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        moderation.hide(IdeaComments.subject(hidden), "Uden for emnet");

        // Staff see the storm's results before they are published: its participation counts the comments.
        Participation participation = resultsService.results(storm).orElseThrow().participation();
        assertThat(participation.days()).containsExactly(today, today.plusDays(1));
        assertThat(participation.series()).filteredOn(series -> series.kind() == Participation.Kind.COMMENTS)
                .singleElement().extracting(Participation.Series::counts).isEqualTo(List.of(1L, 1L));
    }

    @Test
    void aPersonsCommentsAreInTheirDataExportAndStayCreditedToADeletedUserAfterErasure() {
        StormId storm = openStorm(Audience.SIGNED_IN, HOUR);
        IdeaId idea = idea(storm, signedIn.signUp("Karen Idémager"), "Sms dagen før");
        signedIn.newPerson("Ditte Data", Role.CITIZEN);
        comments.comment(idea, IdeaStance.AGAINST, "Min kommentar til eksporten.");
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("Min kommentar til eksporten.", "AGAINST");

        personalData.eraseCurrentPerson();
        assertThat(asAnonymous(storm, idea).comments()).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isNull();
            assertThat(comment.html().html()).contains("Min kommentar til eksporten.");
        });
    }
}
