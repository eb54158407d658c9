package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.support.TestStorms;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation on the real database: only staff evaluate; scores only in an evaluation phase, on the storm's
 * rubric, which locks at the first score; the weighted rubric score; statuses by their rules (carried on only from
 * selected, with a note, published as {@link IdeaCarriedOn} after the commit); the answer as a named revision with a
 * version check; the notices of an answer to the author, voters and followers, once each and not to the staff
 * member; the results' read model and the scorer's GDPR export.
 */
@PortalTest
class EvaluationServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    TestStorms testStorms;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    StormResultsService resultsService;
    @Autowired
    IdeaService ideas;
    @Autowired
    StormService storms;
    @Autowired
    VoteService votes;
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
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    GreenMail mailServer;
    @Autowired
    IdeaMergeService merges;
    @Autowired
    ModerationService moderation;

    private long staffMember;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A simple storm (open → evaluation → concluded) in its open phase, with a two-criterion rubric. */
    private StormId openStorm() {
        staffMember = signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        return testStorms.storm("Vurdér idéerne").by(staffMember)
                .criteria(new CriterionDraft("Effekt", "Flere møder op", 3), new CriterionDraft("Pris", null, 1))
                .start();
    }

    private void toEvaluation() {
        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
    }

    private void asStaff() {
        signedIn.as(staffMember, "Sofie Stormfører", Role.COI_STAFF);
    }

    private IdeaId idea(StormId storm, String title) {
        signedIn.newPerson("Idé " + title, Role.EMPLOYEE);
        return ideas.submit(storm, new IdeaDraft(title, "Om " + title, null));
    }

    private long version(StormId storm, IdeaId idea) {
        return ideas.idea(storm, idea).orElseThrow().version();
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }

    @Test
    void onlyStaffEvaluate() {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        toEvaluation();
        signedIn.newPerson("Erik Medarbejder", Role.EMPLOYEE);
        long criterion = 1;
        assertThatThrownBy(() -> evaluation.score(sms, criterion, 3)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> evaluation.answer(sms, "Tak", 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> evaluation.setStatus(sms, IdeaStatus.SELECTED, null, 0))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> evaluation.board(storm, EvaluationQuery.first())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(ideas.idea(storm, sms).orElseThrow().evaluation().staff()).as("no staff part for others").isNull();
    }

    @Test
    void scoresOnlyInTheEvaluationPhaseOnTheRubricWhichLocksAtTheFirstScore() {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        asStaff();
        List<Criterion> rubric = evaluation.rubric(storm).criteria();
        assertThat(rubric).extracting(Criterion::name, Criterion::weight)
                .containsExactly(tuple("Effekt", 3),
                        tuple("Pris", 1));
        long effect = rubric.get(0).id();
        long price = rubric.get(1).id();
        assertRefused(() -> evaluation.score(sms, effect, 4), "score", "ideastorm.score.not-evaluating");
        assertRefused(() -> evaluation.setRubric(storm, List.of(new CriterionDraft(" ", null, 11)),
                evaluation.rubric(storm).version()), "criteria.0.weight", "ideastorm.rubric.weight.out-of-range");
        assertRefused(() -> evaluation.setRubric(storm, List.of(), evaluation.rubric(storm).version() - 1),
                "criteria", "ideastorm.rubric.changed-meanwhile");

        toEvaluation();
        asStaff();
        assertRefused(() -> evaluation.score(sms, effect, 6), "score", "ideastorm.score.out-of-range");
        assertRefused(() -> evaluation.score(sms, -1, 3), "score", "ideastorm.score.unknown-criterion");
        evaluation.score(sms, effect, 4);
        evaluation.score(sms, price, 1);
        signedIn.newPerson("Søren Sagsbehandler", Role.COI_STAFF);
        evaluation.score(sms, effect, 2);
        evaluation.score(sms, effect, 5);

        IdeaEvaluation.Staff seen = ideas.idea(storm, sms).orElseThrow().evaluation().staff();
        // Effekt: mean of 4 and 5 = 4.5, weight 3; Pris: 1, weight 1 → (13.5 + 1) / 4.
        assertThat(seen.score()).isCloseTo(3.625, within(1e-9));
        assertThat(seen.criteria().getFirst().mine()).isEqualTo(5);
        assertThat(seen.criteria().getFirst().scorers()).isEqualTo(2);
        assertThat(seen.criteria().get(1).mine()).as("this staff member did not score the price").isNull();
        assertThat(evaluation.rubric(storm).locked()).isTrue();
        assertRefused(() -> evaluation.setRubric(storm, List.of(new CriterionDraft("Ny", null, 2)),
                evaluation.rubric(storm).version()), "criteria", "ideastorm.rubric.locked");
        assertThat(evaluation.board(storm, EvaluationQuery.first()).ideas()).singleElement()
                .satisfies(line -> assertThat(line.score()).isCloseTo(3.625, within(1e-9)));

        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        asStaff();
        assertRefused(() -> evaluation.score(sms, effect, 3), "score", "ideastorm.score.not-evaluating");
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"scores\"", "\"criterion\" : \"Effekt\"");
    }

    @Test
    void theBoardOfTwoThousandIdeasIsPagedFilteredAndCountsEveryUnansweredIdea() {
        StormId storm = openStorm();
        IdeaId first = idea(storm, "Den første");
        long author = database.queryForObject("select author_id from idea where id = ?", Long.class, first.value());
        database.batchUpdate("""
                insert into idea (storm_id, title, description, author_id, created_at, status, version)
                values (?, ?, 'Om idéen', ?, now(6), 'PUBLISHED', 0)""", IntStream.range(1, 2000)
                .mapToObj(i -> new Object[] {storm.value(), "Idé " + i, author}).toList());
        database.update("""
                update idea set status = 'SELECTED', answer = 'Tak', answered_at = created_at
                where storm_id = ? and mod(id, 4) = 0""", storm.value());
        database.update("update idea set status = 'NOT_SELECTED' where storm_id = ? and mod(id, 4) = 1",
                storm.value());
        long unanswered = database.queryForObject("select count(*) from idea where storm_id = ? and answer is null",
                Long.class, storm.value());
        toEvaluation();
        asStaff();

        EvaluationBoard board = evaluation.board(storm, EvaluationQuery.first());
        assertThat(board.ideas()).hasSize(EvaluationQuery.PER_PAGE);
        assertThat(board.matching()).isEqualTo(2000);
        assertThat(board.pages()).isEqualTo(2000 / EvaluationQuery.PER_PAGE);
        assertThat(board.unanswered()).isEqualTo(unanswered).isBetween(1400L, 1600L);
        assertThat(board.hasPrevious()).isFalse();
        assertThat(board.hasNext()).isTrue();

        EvaluationBoard last = evaluation.board(storm, EvaluationQuery.first().onPage(board.pages() - 1));
        assertThat(last.ideas()).hasSize(EvaluationQuery.PER_PAGE).noneMatch(line ->
                board.ideas().stream().anyMatch(other -> other.id().equals(line.id())));
        assertThat(last.hasNext()).isFalse();

        EvaluationBoard waiting = evaluation.board(storm, new EvaluationQuery(null, true, 3));
        assertThat(waiting.matching()).isEqualTo(unanswered);
        assertThat(waiting.ideas()).hasSize(EvaluationQuery.PER_PAGE).noneMatch(EvaluationBoard.Line::answered);

        EvaluationBoard rejected = evaluation.board(storm, new EvaluationQuery(IdeaStatus.NOT_SELECTED, false, 0));
        assertThat(rejected.ideas()).isNotEmpty().allMatch(line -> line.status() == IdeaStatus.NOT_SELECTED);
        assertThat(rejected.matching()).isEqualTo(database.queryForObject(
                "select count(*) from idea where storm_id = ? and status = 'NOT_SELECTED'", Long.class, storm.value()));
        assertThat(rejected.unanswered()).as("the count of unanswered ideas is the storm's, whatever the filter")
                .isEqualTo(unanswered);
        assertThat(evaluation.board(storm, new EvaluationQuery(IdeaStatus.SELECTED, true, 0)).matching())
                .as("every selected idea here is answered").isZero();
    }

    @Test
    void carriedOnOnlyFromSelectedWithANotePublishedAfterTheCommit() {
        List<IdeaCarriedOn> arrived = new CopyOnWriteArrayList<>();
        List<String> statusWhenArrived = new CopyOnWriteArrayList<>();
        // Told of every event after its commit (a lambda names no event type); only this one is kept.
        TransactionalApplicationListenerAdapter<ApplicationEvent> listener =
                new TransactionalApplicationListenerAdapter<>(event -> {
                    if (event instanceof PayloadApplicationEvent<?> published
                            && published.getPayload() instanceof IdeaCarriedOn carried) {
                        arrived.add(carried);
                        // Read on a connection of its own: only what was committed is seen there.
                        statusWhenArrived.add(CompletableFuture.supplyAsync(() -> database.queryForObject(
                                "select status from idea where id = ?", String.class, carried.idea().value()))
                                .join());
                    }
                });
        listener.setTransactionPhase(TransactionPhase.AFTER_COMMIT);
        listener.setListenerId("EvaluationServiceTest.carriedOn");
        context.addApplicationListener(listener);
        try {
            carriedOn(arrived, statusWhenArrived);
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    private void carriedOn(List<IdeaCarriedOn> arrived, List<String> statusWhenArrived) {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        asStaff();
        assertRefused(() -> evaluation.setStatus(sms, IdeaStatus.SELECTED, null, version(storm, sms)), "idea",
                "ideastorm.evaluation.not-yet");
        toEvaluation();
        asStaff();
        assertRefused(() -> evaluation.setStatus(sms, IdeaStatus.CARRIED_ON, "Videre", version(storm, sms)),
                "status", "ideastorm.status.not-allowed");
        evaluation.setStatus(sms, IdeaStatus.SELECTED, null, version(storm, sms));
        assertRefused(() -> evaluation.setStatus(sms, IdeaStatus.CARRIED_ON, " ", version(storm, sms)),
                "note", "ideastorm.status.note.required");

        transaction.executeWithoutResult(rolledBack -> {
            evaluation.setStatus(sms, IdeaStatus.CARRIED_ON, "Pilotprojekt i Valby", version(storm, sms));
            rolledBack.setRollbackOnly();
        });
        assertThat(arrived).as("nothing is published from a change that was rolled back").isEmpty();

        evaluation.setStatus(sms, IdeaStatus.CARRIED_ON, "Pilotprojekt i Valby", version(storm, sms));
        assertThat(arrived).singleElement().satisfies(carried -> {
            assertThat(carried.storm()).isEqualTo(storm);
            assertThat(carried.title()).isEqualTo("Sms dagen før");
            assertThat(carried.followUpNote()).isEqualTo("Pilotprojekt i Valby");
            assertThat(carried.by().value()).isEqualTo(staffMember);
        });
        assertThat(statusWhenArrived).containsExactly("CARRIED_ON");
        IdeaScreen screen = ideas.idea(storm, sms).orElseThrow();
        assertThat(screen.status()).isEqualTo(IdeaStatus.CARRIED_ON);
        assertThat(screen.evaluation().followUpNote()).isEqualTo("Pilotprojekt i Valby");
        assertThat(screen.evaluation().staff().nextStatuses()).as("carried on is final").isEmpty();
    }

    @Test
    void hiddenAndMergedIdeasTakeNoScoreStatusOrAnswerAndTheBoardMarksThem() {
        StormId storm = openStorm();
        IdeaId hidden = idea(storm, "Skjult idé");
        IdeaId merged = idea(storm, "Dublet");
        IdeaId kept = idea(storm, "Beholdt idé");
        asStaff();
        merges.merge(merged, kept, "Samme idé med andre ord");
        asStaff();
        moderation.hide(hidden.subject(), "Personlige oplysninger om en sagsbehandler");
        toEvaluation();
        asStaff();
        long criterion = evaluation.rubric(storm).criteria().getFirst().id();

        Map<IdeaId, String> withdrawn = Map.of(hidden, "ideastorm.evaluation.withdrawn.hidden",
                merged, "ideastorm.evaluation.withdrawn.merged");
        withdrawn.forEach((idea, key) -> {
            assertRefused(() -> evaluation.score(idea, criterion, 4), "idea", key);
            assertRefused(() -> evaluation.setStatus(idea, IdeaStatus.SELECTED, null, version(storm, idea)), "idea",
                    key);
            assertRefused(() -> evaluation.answer(idea, "Tak for idéen", version(storm, idea)), "idea", key);
            IdeaEvaluation.Staff staff = ideas.idea(storm, idea).orElseThrow().evaluation().staff();
            assertThat(staff.withdrawnKey()).isEqualTo(key);
            assertThat(staff.mayScore()).isFalse();
            assertThat(staff.mayAnswer()).isFalse();
            assertThat(staff.nextStatuses()).isEmpty();
        });
        assertThat(database.queryForObject("select count(*) from idea_score where idea_id in (?, ?)", Long.class,
                hidden.value(), merged.value())).isZero();
        evaluation.score(kept, criterion, 4);

        EvaluationBoard board = evaluation.board(storm, EvaluationQuery.first());
        assertThat(board.ideas()).extracting(EvaluationBoard.Line::id, EvaluationBoard.Line::withdrawnKey,
                        EvaluationBoard.Line::shownStatusKey)
                .containsExactly(tuple(hidden, "ideastorm.evaluation.withdrawn.hidden", "ideastorm.idea.status.hidden"),
                        tuple(merged, "ideastorm.evaluation.withdrawn.merged", "ideastorm.idea.status.merged"),
                        tuple(kept, null, IdeaStatus.PUBLISHED.labelKey()));
        assertThat(board.unanswered()).as("only the kept idea waits for its answer").isEqualTo(1);
    }

    /** An idea "Sms dagen før" in a storm now evaluated, and its voter, who wants a mail for each change. */
    private record VotedIdea(StormId storm, IdeaId idea, SignedIn.TestPerson voter) {
    }

    /** Sets up a {@link VotedIdea} with the voter's name; staff are signed in afterwards. */
    private VotedIdea votedIdeaInEvaluation(String voterName) {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        SignedIn.TestPerson voter = signedIn.signUp(voterName);
        signedIn.as(voter, Role.CITIZEN);
        follows.changeSettings(new MailSettings(MailMode.EACH_CHANGE, Locale.of("da")));
        votes.vote(sms);
        toEvaluation();
        asStaff();
        return new VotedIdea(storm, sms, voter);
    }

    @Test
    void aStatusAndAFirstAnswerSavedTogetherAreOneNoticeAndOneMailNamingBoth() throws Exception {
        VotedIdea voted = votedIdeaInEvaluation("Vilma Vælger");
        StormId storm = voted.storm();
        IdeaId sms = voted.idea();
        SignedIn.TestPerson voter = voted.voter();
        assertRefused(() -> evaluation.evaluate(sms, null, null, null, version(storm, sms)), "status",
                "ideastorm.evaluation.nothing-to-save");
        assertRefused(() -> evaluation.evaluate(sms, IdeaStatus.SELECTED, null, " ", version(storm, sms)), "answer",
                "ideastorm.answer.required");
        assertThat(ideas.idea(storm, sms).orElseThrow().status()).as("nothing half-stored")
                .isEqualTo(IdeaStatus.PUBLISHED);

        evaluation.evaluate(sms, IdeaStatus.SELECTED, null, "Tak! Vi prøver det i foråret.", version(storm, sms));

        IdeaScreen screen = ideas.idea(storm, sms).orElseThrow();
        assertThat(screen.status()).isEqualTo(IdeaStatus.SELECTED);
        assertThat(screen.evaluation().answer()).isEqualTo("Tak! Vi prøver det i foråret.");
        assertThat(kinds(voter.id(), sms)).containsExactly("ANSWERED_WITH_STATUS");
        List<MimeMessage> mail = TestMailServer.awaitMailTo(mailServer, voter.email(), 1);
        assertThat(mail).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: idéen »Sms dagen før« har fået svar og ny status");
        assertThat((String) mail.getFirst().getContent())
                .contains("Idéen »Sms dagen før« har fået svar og ny status af Sofie Stormfører", "Resumé: Valgt");
    }

    /** After the answer's mail, a new status is noted in the portal but not mailed until the voter has looked. */
    @Test
    void aStatusChangedAfterTheAnswerIsNotMailedBeforeTheVoterHasLookedAtTheIdea() throws Exception {
        VotedIdea voted = votedIdeaInEvaluation("Valter Vælger");
        StormId storm = voted.storm();
        IdeaId sms = voted.idea();
        SignedIn.TestPerson voter = voted.voter();
        evaluation.answer(sms, "Tak! Vi prøver det i foråret.", version(storm, sms));
        evaluation.setStatus(sms, IdeaStatus.SELECTED, null, version(storm, sms));

        // The answer's mail may have gone out already (PENDING, then SENT); the status's is never to go.
        assertThat(database.queryForList("select concat(kind, ':', mail_state) from notification_notice"
                + " where person_id = ? and subject_type = ? and subject_id = ? order by id", String.class,
                voter.id(), IdeaId.SUBJECT_TYPE, sms.value()))
                .satisfiesExactly(answered -> assertThat(answered).isIn("ANSWERED:PENDING", "ANSWERED:SENT"),
                        status -> assertThat(status).isEqualTo("STATUS_CHANGED:NONE"));
        assertThat(TestMailServer.awaitMailTo(mailServer, voter.email(), 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: idéen »Sms dagen før« har fået svar");
    }

    /**
     * Before: an answer edited after it was given told nobody. Now a changed answer is a notice of its own, noted in
     * the portal at once and mailed only when the first answer's mail has been looked at (decision 007); saving the
     * same words again is no change and tells nobody.
     */
    @Test
    void anEditedAnswerIsNotedOnceAndNotMailedAgainBeforeTheVoterHasLooked() throws Exception {
        VotedIdea voted = votedIdeaInEvaluation("Vibeke Vælger");
        StormId storm = voted.storm();
        IdeaId sms = voted.idea();
        SignedIn.TestPerson voter = voted.voter();
        evaluation.answer(sms, "Tak! Vi prøver det i foråret.", version(storm, sms));
        evaluation.answer(sms, "Tak! Vi prøver det i foråret i Valby.", version(storm, sms));
        evaluation.answer(sms, "Tak! Vi prøver det i foråret i Valby.", version(storm, sms));

        assertThat(database.queryForList("select concat(kind, ':', mail_state) from notification_notice"
                + " where person_id = ? and subject_type = ? and subject_id = ? order by id", String.class,
                voter.id(), IdeaId.SUBJECT_TYPE, sms.value()))
                .satisfiesExactly(answered -> assertThat(answered).isIn("ANSWERED:PENDING", "ANSWERED:SENT"),
                        changed -> assertThat(changed).isEqualTo("ANSWER_CHANGED:NONE"));
        assertThat(TestMailServer.awaitMailTo(mailServer, voter.email(), 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: idéen »Sms dagen før« har fået svar");
    }

    @Test
    void aVoterHearsOfTheAnswerByMailInTheirLanguage() throws Exception {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        SignedIn.TestPerson voter = signedIn.signUp("Eve English");
        signedIn.as(voter, Role.CITIZEN);
        follows.changeSettings(new MailSettings(MailMode.EACH_CHANGE, Locale.ENGLISH));
        votes.vote(sms);

        toEvaluation();
        asStaff();
        evaluation.answer(sms, "Tak! Vi prøver det i foråret.", version(storm, sms));

        assertThat(TestMailServer.awaitMailTo(mailServer, voter.email(), 1)).extracting(TestMailServer::subjectOf)
                .containsExactly("Innovationsportalen: the idea \"Sms dagen før\" was answered");
    }

    @Test
    void theAnswerIsANamedRevisionWithAVersionCheckAndTellsAuthorVotersAndFollowersOnce() {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        long author = database.queryForObject("select author_id from idea where id = ?", Long.class, sms.value());
        signedIn.as(author, "Idé Sms dagen før", Role.EMPLOYEE);
        follows.follow(sms.subject(), FollowPeriod.PERMANENT, Locale.of("da"));
        long voter = signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        votes.vote(sms);
        long follower = signedIn.newPerson("Frida Følger", Role.CITIZEN);
        follows.follow(sms.subject(), FollowPeriod.PERMANENT, Locale.of("da"));
        votes.vote(sms);
        asStaff();
        follows.follow(sms.subject(), FollowPeriod.PERMANENT, Locale.of("da"));
        assertRefused(() -> evaluation.answer(sms, "Tak", version(storm, sms)), "idea",
                "ideastorm.evaluation.not-yet");

        toEvaluation();
        asStaff();
        long seen = version(storm, sms);
        assertRefused(() -> evaluation.answer(sms, "  ", seen), "answer", "ideastorm.answer.required");
        evaluation.answer(sms, "Tak! Vi **prøver** det i foråret.", seen);
        assertRefused(() -> evaluation.answer(sms, "Et andet svar", seen), "idea",
                "ideastorm.idea.changed-meanwhile");
        evaluation.answer(sms, "Tak! Vi prøver det i foråret i Valby.", version(storm, sms));

        IdeaEvaluation answer = ideas.idea(storm, sms).orElseThrow().evaluation();
        assertThat(answer.answer()).isEqualTo("Tak! Vi prøver det i foråret i Valby.");
        assertThat(answer.answeredBy()).isEqualTo("Sofie Stormfører");
        assertThat(answer.answeredAt()).isBetween(clock.instant().minusSeconds(1), clock.instant());
        IdeaHistory history = ideas.history(storm, sms, null, null).orElseThrow();
        assertThat(history.revisions()).extracting(line -> line.summary().phrase().key()).startsWith(
                "ideastorm.idea.revision.answer-edited", "ideastorm.idea.revision.answered");
        assertThat(history.revisions().getFirst().authorName()).isEqualTo("Sofie Stormfører");
        IdeaHistory.Comparison edited = ideas.history(storm, sms, null, history.revisions().getFirst().revision())
                .orElseThrow().diff();
        assertThat(edited.description().identical()).isTrue();
        assertThat(edited.answer().lines()).as("the answer's edit, line by line as the wiki's diff shows it")
                .singleElement().satisfies(line -> {
                    assertThat(line.change()).isEqualTo(TextDiff.Change.CHANGED);
                    assertThat(line.before().html()).contains("<del>**</del>prøver<del>**</del>");
                    assertThat(line.after().html()).contains("Valby").doesNotContain("**");
                });
        IdeaHistory.Comparison first = ideas.history(storm, sms, null, history.revisions().get(1).revision())
                .orElseThrow().diff();
        assertThat(first.answer().lines()).as("the first answer, against none").extracting(TextDiff.Line::change)
                .containsOnly(TextDiff.Change.ADDED);

        evaluation.setStatus(sms, IdeaStatus.SELECTED, null, version(storm, sms));
        Map<Long, List<String>> notices = Map.of(author, kinds(author, sms), voter, kinds(voter, sms),
                follower, kinds(follower, sms), staffMember, kinds(staffMember, sms));
        assertThat(notices.get(author)).containsExactlyInAnyOrder("ANSWERED", "ANSWER_CHANGED", "STATUS_CHANGED");
        assertThat(notices.get(voter)).containsExactlyInAnyOrder("ANSWERED", "ANSWER_CHANGED", "STATUS_CHANGED");
        assertThat(notices.get(follower)).as("a follower who voted too hears once")
                .containsExactlyInAnyOrder("ANSWERED", "ANSWER_CHANGED", "STATUS_CHANGED");
        assertThat(notices.get(staffMember)).as("not the staff member who answered").isEmpty();

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormResults results = resultsService.results(storm).orElseThrow();
        assertThat(results.criteria()).hasSize(2);
        assertThat(results.themes()).flatExtracting(StormResults.ThemeResults::ideas).singleElement()
                .satisfies(result -> {
                    assertThat(result.status()).isEqualTo(IdeaStatus.SELECTED);
                    assertThat(result.score()).isNull();
                    assertThat(result.answer().html()).contains("Valby");
                    assertThat(result.answerText()).contains("Valby").doesNotContain("<");
                });
    }

    private List<String> kinds(long person, IdeaId idea) {
        return database.queryForList("select kind from notification_notice where person_id = ? and subject_type = ?"
                + " and subject_id = ?", String.class, person, IdeaId.SUBJECT_TYPE, idea.value());
    }

    @Test
    void aFollowedIdeasNoticeIsTold() {
        StormId storm = openStorm();
        IdeaId sms = idea(storm, "Sms dagen før");
        long follower = signedIn.newPerson("Frida Følger", Role.CITIZEN);
        follows.follow(sms.subject(), FollowPeriod.PERMANENT, Locale.of("da"));
        toEvaluation();
        asStaff();
        evaluation.answer(sms, "Tak for idéen.", version(storm, sms));
        signedIn.as(follower, "Frida Følger", Role.CITIZEN);
        assertThat(follows.notices("ideastorm", 10)).as("the idea is named and leads to its page")
                .anySatisfy(notice -> assertThat(notice.subject()).isEqualTo(sms.subject()));
    }
}
