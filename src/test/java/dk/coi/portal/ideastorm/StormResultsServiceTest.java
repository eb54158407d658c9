package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A storm's results on the real database: staff publish them once, only in the evaluation or concluding phase, and
 * the storm's followers hear of it after the commit (not of a publication rolled back); before that only staff see
 * them. The ideas are grouped by theme and ranked by votes (ties share a rank), hidden ideas are left out, and where
 * the phase hides counts there are no votes, ranks or vote series at all. Participation is counted per Danish day.
 */
@PortalTest
class StormResultsServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAYS = Duration.ofDays(3);

    @Autowired
    TestStorms testStorms;
    @Autowired
    StormResultsService results;
    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    ThemeService themes;
    @Autowired
    VoteService votes;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    ModerationService moderation;
    @Autowired
    IdeaCommentService comments;
    @Autowired
    FollowService follows;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm started a minute ago, each phase as long as given, run by a staff member named Sofie. */
    private StormId startedStorm(StormTemplate template, Duration phaseLength) {
        return testStorms.storm("Resultater " + System.nanoTime() % 100_000).template(template)
                .phases(template.phases().stream().map(phase -> phaseLength).toArray(Duration[]::new)).start();
    }

    private void nextPhase(Duration phaseLength) {
        clock.advance(phaseLength);
        system.call("test", storms::advanceDuePhases);
    }

    private void asStaff() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
    }

    private IdeaId idea(StormId storm, String title, ThemeId theme) {
        signedIn.newPerson("Forslagsstiller " + title, Role.EMPLOYEE);
        return ideas.submit(storm, new IdeaDraft(title, "Om " + title, theme));
    }

    private void votesFor(IdeaId idea, int count) {
        for (int i = 0; i < count; i++) {
            signedIn.newPerson("Vælger " + i, Role.CITIZEN);
            votes.vote(idea);
        }
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("results", key)));
    }

    private List<String> noticeKinds(TestPerson person, StormId storm) {
        signedIn.as(person, Role.CITIZEN);
        try {
            return follows.notices("ideastorm", 50).stream()
                    .filter(notice -> notice.subject().equals(StormFollowing.storm(storm)))
                    .map(Notice::kind).toList();
        } finally {
            signedIn.clear();
        }
    }

    @Test
    void staffPublishOnceInTheEvaluationPhaseAndOnlyThenDoOthersSeeTheResults() {
        StormId storm = startedStorm(StormTemplate.SIMPLE, HOUR);
        TestPerson follower = signedIn.signUp("Frida Følger");
        signedIn.as(follower, Role.CITIZEN);
        follows.follow(StormFollowing.storm(storm), FollowPeriod.PERMANENT, PortalLocales.DANISH);
        assertThat(results.results(storm)).as("not published: nothing for participants").isEmpty();
        assertThatThrownBy(() -> results.publish(storm)).isInstanceOf(AuthorizationDeniedException.class);
        signedIn.anonymous();
        assertThat(results.results(storm)).as("nor for readers").isEmpty();
        assertThatThrownBy(() -> results.publish(storm)).isInstanceOf(AuthorizationDeniedException.class);

        asStaff();
        assertThat(results.results(storm)).as("staff preview, while ideas and votes still come in")
                .hasValueSatisfying(preview -> {
                    assertThat(preview.published()).isFalse();
                    assertThat(preview.mayPublish()).isFalse();
                });
        assertRefused(() -> results.publish(storm), "ideastorm.results.not-yet");
        assertThat(storms.management(storm).mayPublishResults()).isFalse();

        nextPhase(HOUR);
        asStaff();
        assertThat(storms.management(storm).mayPublishResults()).isTrue();
        assertThat(results.results(storm).orElseThrow().mayPublish()).isTrue();
        transaction.executeWithoutResult(status -> {
            results.publish(storm);
            status.setRollbackOnly();
        });
        assertThat(results.results(storm).orElseThrow().published()).as("rolled back: not published").isFalse();

        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        results.publish(storm);

        StormManagement management = storms.management(storm);
        assertThat(management.storm().resultsPublishedAt()).isBetween(before, clock.instant());
        assertThat(management.resultsPublishedBy()).isEqualTo("Sofie Stormfører");
        assertThat(management.mayPublishResults()).isFalse();
        assertRefused(() -> results.publish(storm), "ideastorm.results.already-published");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(noticeKinds(follower, storm)).as("told once, of the commit only")
                        .containsExactly("RESULTS_PUBLISHED"));
        signedIn.anonymous();
        assertThat(results.results(storm)).hasValueSatisfying(published -> {
            assertThat(published.published()).isTrue();
            assertThat(published.mayPublish()).isFalse();
        });
        assertThat(results.publishedPaths()).contains(StormRoutes.results(storm, storms.storm(storm).orElseThrow()
                .title()));
        assertThat(storms.storms().concluded().stream().filter(s -> s.id().equals(storm))).isEmpty();
    }

    /**
     * The staff screen counts the ideas still without a public answer (to warn before publishing); the service
     * publishes all the same, for staff alone.
     */
    @Test
    void staffAreToldHowManyIdeasLackAnAnswerAndMayPublishAllTheSame() {
        StormId storm = startedStorm(StormTemplate.SIMPLE, HOUR);
        IdeaId answered = idea(storm, "Besvaret", null);
        idea(storm, "Ubesvaret", null);
        idea(storm, "Også ubesvaret", null);
        nextPhase(HOUR);
        asStaff();
        assertThat(storms.management(storm).unansweredIdeas()).isEqualTo(3);
        evaluation.answer(answered, "Tak, vi prøver det.", ideas.idea(storm, answered).orElseThrow().version());
        assertThat(storms.management(storm).unansweredIdeas()).isEqualTo(2);

        signedIn.newPerson("Pia Deltager", Role.CITIZEN);
        assertThatThrownBy(() -> results.publish(storm)).isInstanceOf(AuthorizationDeniedException.class);
        asStaff();
        results.publish(storm);
        assertThat(storms.management(storm).storm().resultsPublishedAt()).isNotNull();
    }

    @Test
    void ideasAreRankedByVotesWithinTheirThemesAndHiddenIdeasAreLeftOut() {
        StormId storm = startedStorm(StormTemplate.SIMPLE, DAYS);
        asStaff();
        ThemeId reminders = themes.add(storm, "Påmindelser", null);
        ThemeId meetings = themes.add(storm, "Møder", null);
        themes.add(storm, "Tomt tema", null);
        IdeaId sms = idea(storm, "Sms dagen før", reminders);
        IdeaId call = idea(storm, "Opkald om morgenen", reminders);
        IdeaId letter = idea(storm, "Brev i e-Boks", reminders);
        IdeaId walk = idea(storm, "Walk and talk", meetings);
        IdeaId spam = idea(storm, "Køb billige ure", meetings);
        votesFor(sms, 2);
        votesFor(call, 3);
        votesFor(letter, 2);
        votesFor(spam, 5);
        asStaff();
        moderation.hide(spam.subject(), "Reklame");

        StormResults shown = results.results(storm).orElseThrow();

        assertThat(shown.countsShown()).isTrue();
        assertThat(shown.themes()).extracting(StormResults.ThemeResults::name)
                .containsExactly("Påmindelser", "Møder", "Tomt tema");
        assertThat(shown.themes().getFirst().ideas())
                .extracting(StormResults.ResultIdea::title, StormResults.ResultIdea::rank,
                        StormResults.ResultIdea::votes)
                .as("most votes first; the two with 2 votes share second place, in the order they came")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Opkald om morgenen", 1, 3L),
                        org.assertj.core.groups.Tuple.tuple("Sms dagen før", 2, 2L),
                        org.assertj.core.groups.Tuple.tuple("Brev i e-Boks", 2, 2L));
        assertThat(shown.themes().get(1).ideas()).as("the hidden idea is not in the results")
                .extracting(StormResults.ResultIdea::title, StormResults.ResultIdea::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Walk and talk", 0L));
        assertThat(shown.themes().get(1).ideas().getFirst().authorName()).isEqualTo("Forslagsstiller Walk and talk");
        assertThat(shown.themes().get(2).ideas()).isEmpty();
        assertThat(shown.ideaCount()).isEqualTo(4);
        assertThat(shown.participation().series()).extracting(Participation.Series::kind, Participation.Series::total)
                .as("hidden ideas and the votes on them are not counted")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Participation.Kind.IDEAS, 4L),
                        org.assertj.core.groups.Tuple.tuple(Participation.Kind.VOTES, 7L),
                        org.assertj.core.groups.Tuple.tuple(Participation.Kind.COMMENTS, 0L));
        assertThat(shown.participation().days()).last().isEqualTo(DateFormats.danishDate(clock.instant()));
    }

    @Test
    void eachIdeaCarriesItsStaffMeanScorePerCriterionAndItsVisibleCommentCount() {
        long staff = signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = testStorms.storm("Kriterier " + System.nanoTime() % 100_000).by(staff)
                .criteria(new CriterionDraft("Effekt", null, 3), new CriterionDraft("Pris", null, 1)).start();
        IdeaId sms = idea(storm, "Sms dagen før", null);
        IdeaId call = idea(storm, "Opkald", null);
        signedIn.newPerson("Kim Kommentar", Role.CITIZEN);
        comments.comment(sms, IdeaStance.FOR, "God idé.");
        comments.comment(sms, IdeaStance.NEUTRAL, "Måske.");
        long hiddenComment = comments.comment(sms, IdeaStance.AGAINST, "Køb billige ure");
        nextPhase(HOUR);
        signedIn.as(staff, "Sofie Stormfører", Role.COI_STAFF);
        moderation.hide(IdeaComments.subject(hiddenComment), "Reklame");
        List<Long> criteria = evaluation.rubric(storm).criteria().stream().map(Criterion::id).toList();
        evaluation.score(sms, criteria.get(0), 4);
        evaluation.score(sms, criteria.get(1), 2);
        signedIn.newPerson("Søren Stormfører", Role.COI_STAFF);
        evaluation.score(sms, criteria.get(0), 5);

        StormResults shown = results.results(storm).orElseThrow();

        assertThat(shown.criteria()).extracting(Criterion::name).containsExactly("Effekt", "Pris");
        assertThat(shown.themes().getFirst().ideas())
                .extracting(StormResults.ResultIdea::title, StormResults.ResultIdea::criterionScores,
                        StormResults.ResultIdea::comments)
                .as("each criterion's mean over the staff, null where nobody scored; hidden comments not counted")
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Sms dagen før", List.of(4.5, 2.0), 2L),
                        org.assertj.core.groups.Tuple.tuple("Opkald", java.util.Arrays.asList(null, null), 0L));
        assertThat(shown.themes().getFirst().ideas()).filteredOn(idea -> idea.id().equals(sms)).singleElement()
                .extracting(StormResults.ResultIdea::score).as("(4.5 × 3 + 2 × 1) / 4").isEqualTo(3.875);
    }

    @Test
    void whereThePhaseHidesCountsTheResultsHoldNoVotesRanksOrVoteSeries() {
        StormId storm = startedStorm(StormTemplate.KLK, DAYS);
        idea(storm, "Fælles tjekliste", null);
        asStaff();

        StormResults preview = results.results(storm).orElseThrow();

        assertThat(preview.countsShown()).isFalse();
        assertThat(preview.themes()).singleElement().satisfies(group -> {
            assertThat(group.name()).as("ideas without a theme").isNull();
            assertThat(group.ideas()).singleElement().satisfies(idea -> {
                assertThat(idea.votes()).isNull();
                assertThat(idea.rank()).isNull();
            });
        });
        assertThat(preview.participation().series()).extracting(Participation.Series::kind)
                .containsExactly(Participation.Kind.IDEAS, Participation.Kind.COMMENTS);
    }

    @Test
    void participationRunsFromTheStartToThePublicationAndQuietDaysAreOneLine() {
        StormId storm = startedStorm(StormTemplate.SIMPLE, DAYS);
        idea(storm, "Den første dag", null);
        nextPhase(DAYS);
        asStaff();
        results.publish(storm);
        LocalDate published = DateFormats.danishDate(clock.instant());
        clock.advance(Duration.ofDays(5));

        Participation participation = results.results(storm).orElseThrow().participation();

        assertThat(participation.days()).as("not the days after the publication").last().isEqualTo(published);
        assertThat(participation.lines()).hasSize(2).first().satisfies(first -> {
            assertThat(first.quiet()).isFalse();
            assertThat(first.counts().getFirst()).as("the idea").isEqualTo(1L);
        });
        assertThat(participation.lines().getLast()).satisfies(quiet -> {
            assertThat(quiet.quiet()).isTrue();
            assertThat(quiet.from()).isEqualTo(participation.days().get(1));
            assertThat(quiet.to()).isEqualTo(published);
        });
        Participation twoQuietDays = new Participation(List.of(LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-04")),
                List.of(new Participation.Series(Participation.Kind.COMMENTS, List.of(1L, 0L, 0L, 1L))));
        assertThat(twoQuietDays.lines()).as("fewer than three quiet days stay days of their own")
                .extracting(Participation.Line::quiet).containsExactly(false, false, false, false);
    }

    @Test
    void participationIsCountedPerDayInDanishTime() {
        StormId storm = startedStorm(StormTemplate.SIMPLE, DAYS);
        Instant now = clock.instant();
        Instant lateEvening = now.atOffset(ZoneOffset.UTC).toLocalDate().atTime(23, 30).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, lateEvening.isAfter(now) ? lateEvening : lateEvening.plus(Duration.ofDays(1))));
        LocalDate danishDay = DateFormats.danishDate(clock.instant());
        assertThat(danishDay).as("half past eleven UTC is the next day in Denmark")
                .isAfter(clock.instant().atOffset(ZoneOffset.UTC).toLocalDate());
        idea(storm, "Sent på aftenen", null);
        asStaff();

        Participation participation = results.results(storm).orElseThrow().participation();

        int day = participation.days().indexOf(danishDay);
        assertThat(day).isNotNegative();
        assertThat(participation.series().getFirst().counts().get(day)).isEqualTo(1L);
        assertThat(participation.series().getFirst().total()).isEqualTo(1L);
    }
}
