package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.HeldTransaction;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Votes on the real database: one per idea per person, withdrawable, only from the audience while the phase takes
 * votes and never on a hidden idea; a budget per person; counts (and the order by them) only where the phase shows
 * them; exact counts and a kept budget under concurrent votes, without deadlocks; the GDPR export; merged people.
 */
@PortalTest
class VoteServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    TestStorms testStorms;
    @Autowired
    VoteService votes;
    @Autowired
    IdeaService ideas;
    @Autowired
    StormService storms;
    @Autowired
    ModerationService moderation;
    @Autowired
    IdeaMergeService mergeService;
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
    ApplicationEventPublisher events;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm in its first phase: the simple template's open phase takes ideas and votes and shows counts. */
    private StormId openStorm(Audience audience, StormTemplate template) {
        return testStorms.storm("Stem på idéerne").audience(audience).template(template).start();
    }

    private IdeaId idea(StormId storm, String title) {
        signedIn.newPerson("Idé " + title, Role.EMPLOYEE);
        return ideas.submit(storm, new IdeaDraft(title, "Om " + title, null));
    }

    private Long votesOn(StormId storm, IdeaId idea) {
        return ideas.idea(storm, idea).orElseThrow().votes();
    }

    private int storedVotes(IdeaId idea) {
        return database.queryForObject("select count(*) from idea_vote where idea_id = ?", Integer.class, idea.value());
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("vote", key)));
    }

    @Test
    void oneVoteAPersonWithdrawableOnlyFromTheAudienceWhileThePhaseTakesVotes() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId sms = idea(storm, "Sms dagen før");
        votes.vote(sms);
        assertThat(votesOn(storm, sms)).as("an author may vote for their own idea").isEqualTo(1);

        signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        votes.vote(sms);
        votes.vote(sms);
        IdeaBoard board = ideas.board(storm, IdeaQuery.first());
        assertThat(board.votes().voting()).isEqualTo(Voting.OPEN);
        assertThat(board.ideas().ideas()).singleElement().satisfies(card -> {
            assertThat(card.votes()).isEqualTo(2);
            assertThat(card.votedByMe()).isTrue();
        });
        assertThat(storedVotes(sms)).isEqualTo(2);
        votes.withdraw(sms);
        votes.withdraw(sms);
        assertThat(votesOn(storm, sms)).isEqualTo(1);
        assertThat(ideas.idea(storm, sms).orElseThrow().votedByMe()).isFalse();

        signedIn.anonymous();
        assertThat(ideas.board(storm, IdeaQuery.first()).votes().voting()).isEqualTo(Voting.SIGN_IN);
        assertThat(ideas.idea(storm, sms).orElseThrow().votes()).isEqualTo(1);
        assertThatThrownBy(() -> votes.vote(sms)).isInstanceOf(AuthorizationDeniedException.class);

        StormId employees = openStorm(Audience.PUBLIC_EMPLOYEES, StormTemplate.SIMPLE);
        IdeaId forEmployees = idea(employees, "Kun for ansatte");
        signedIn.newPerson("Borger Bent", Role.CITIZEN);
        assertThat(ideas.board(employees, IdeaQuery.first()).votes().voting()).isEqualTo(Voting.NOT_IN_AUDIENCE);
        assertRefused(() -> votes.vote(forEmployees), "ideastorm.vote.not-in-audience");

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        moderation.hide(sms.subject(), "Reklame");
        signedIn.newPerson("Hanne Hurtig", Role.CITIZEN);
        assertRefused(() -> votes.vote(sms), "ideastorm.vote.hidden");

        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ansat Anton", Role.EMPLOYEE);
        assertThat(ideas.idea(employees, forEmployees).orElseThrow().voteState().voting())
                .isEqualTo(Voting.PHASE_CLOSED);
        assertRefused(() -> votes.vote(forEmployees), "ideastorm.vote.phase-closed");
        assertThat(storedVotes(forEmployees)).isZero();
        assertThat(votesOn(employees, forEmployees)).as("the evaluation phase shows counts").isZero();
    }

    @Test
    void aBudgetLimitsEachPersonsVotesInTheStormAndAWithdrawnVoteMayBeGivenAgain() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        List<IdeaId> three = List.of(idea(storm, "Første"), idea(storm, "Anden"), idea(storm, "Tredje"));
        signedIn.newPerson("Borger Bent", Role.CITIZEN);
        assertThatThrownBy(() -> votes.setBudget(storm, 2)).isInstanceOf(AuthorizationDeniedException.class);
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        assertThatThrownBy(() -> votes.setBudget(storm, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("budget",
                        "ideastorm.vote.budget.out-of-range"));
        votes.setBudget(storm, 2);

        signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        assertThat(ideas.board(storm, IdeaQuery.first()).votes().remaining()).isEqualTo(2);
        votes.vote(three.get(0));
        votes.vote(three.get(1));
        VoteState spent = ideas.board(storm, IdeaQuery.first()).votes();
        assertThat(spent.remaining()).isZero();
        assertThat(spent.mayAddVote()).isFalse();
        assertRefused(() -> votes.vote(three.get(2)), "ideastorm.vote.budget-spent");
        votes.withdraw(three.get(0));
        votes.vote(three.get(2));
        assertThat(three).extracting(this::storedVotes).containsExactly(0, 1, 1);
    }

    @Test
    void whereThePhaseHidesCountsNeitherCountsNorTheOrderByVotesTellThem() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.KLK);
        IdeaId quiet = idea(storm, "Stille idé");
        IdeaId popular = idea(storm, "Populær idé");
        long voter = signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        assertRefused(() -> votes.vote(popular), "ideastorm.vote.phase-closed");
        // A vote given earlier (as if the phase had shown them): the discovery phase hides counts all the same.
        database.update("insert into idea_vote (idea_id, person_id, storm_id, created_at) values (?, ?, ?, now())",
                popular.value(), voter, storm.value());

        IdeaBoard board = ideas.board(storm, new IdeaQuery(IdeaOrder.MOST_VOTES, null, null, 0));
        assertThat(board.votes().countsShown()).isFalse();
        assertThat(board.orders()).doesNotContain(IdeaOrder.MOST_VOTES);
        assertThat(board.ideas().query().order()).isEqualTo(IdeaOrder.RANDOM);
        assertThat(board.ideas().ideas()).extracting(IdeaCard::id).containsExactlyElementsOf(
                ideas.board(storm, IdeaQuery.first()).ideas().ideas().stream().map(IdeaCard::id).toList());
        assertThat(board.ideas().ideas()).extracting(IdeaCard::votes).containsOnlyNulls();
        assertThat(ideas.idea(storm, popular).orElseThrow().votes()).isNull();

        StormId shown = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId first = idea(shown, "Først");
        IdeaId second = idea(shown, "Dernæst");
        votes.vote(second);
        IdeaBoard byVotes = ideas.board(shown, new IdeaQuery(IdeaOrder.MOST_VOTES, null, null, 0));
        assertThat(byVotes.orders()).contains(IdeaOrder.MOST_VOTES);
        assertThat(byVotes.ideas().ideas()).extracting(IdeaCard::id).containsExactly(second, first);
        assertThat(byVotes.ideas().ideas()).extracting(IdeaCard::votes).containsExactly(1L, 0L);
        assertThat(quiet).isNotNull();
    }

    @Test
    void concurrentVotesAreCountedExactlyWithoutDeadlocksAndABudgetHoldsAcrossThreads() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        List<IdeaId> four = IntStream.range(0, 4).mapToObj(i -> idea(storm, "Idé " + i)).toList();
        List<Long> people = IntStream.range(0, 8).mapToObj(i -> signedIn.newPerson("Vælger " + i, Role.CITIZEN))
                .toList();
        signedIn.clear();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (long person : people) {
                done.add(threads.submit(() -> {
                    signedIn.as(person, "Vælger", Role.CITIZEN);
                    start.await();
                    four.forEach(votes::vote);
                    votes.withdraw(four.getFirst());
                    votes.vote(four.getFirst());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(four).extracting(this::storedVotes).containsOnly(8);

            signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
            votes.setBudget(storm, 3);
            long eager = signedIn.newPerson("Ivrig Ib", Role.CITIZEN);
            List<IdeaId> six = new ArrayList<>(four);
            six.add(idea(storm, "Femte"));
            six.add(idea(storm, "Sjette"));
            signedIn.clear();
            CountDownLatch again = new CountDownLatch(1);
            List<Future<Boolean>> tries = new ArrayList<>();
            for (IdeaId idea : six) {
                tries.add(threads.submit(() -> {
                    signedIn.as(eager, "Ivrig Ib", Role.CITIZEN);
                    again.await();
                    try {
                        votes.vote(idea);
                        return true;
                    } catch (InvalidInputException refused) {
                        assertThat(refused.fieldMessageKeys()).containsEntry("vote", "ideastorm.vote.budget-spent");
                        return false;
                    }
                }));
            }
            again.countDown();
            int given = 0;
            for (Future<Boolean> attempt : tries) {
                given += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(given).isEqualTo(3);
            assertThat(database.queryForObject("select count(*) from idea_vote where person_id = ?", Integer.class,
                    eager)).isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A vote that comes while a merge of its idea is under way (the merge holds the idea's row) waits for the merge
     * and is then refused, also when it is the person's first vote in the storm, so that no participant row of theirs
     * is among those the merge locks: the vote's insert reads the idea under a shared lock.
     */
    @Test
    void aFirstVoteWhileItsIdeaIsBeingMergedWaitsAndIsRefused() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId kept = idea(storm, "Sms dagen før");
        IdeaId merged = idea(storm, "En sms før mødet");
        long voter = signedIn.newPerson("Nina Ny", Role.CITIZEN);
        signedIn.clear();
        try (HeldTransaction merge = HeldTransaction.hold(transaction, () -> database.update(
                "update idea set merged_into = ? where id = ?", kept.value(), merged.value()))) {
            Future<Throwable> vote = merge.meanwhile(() -> signedIn.refusalOf(voter, "Nina Ny", Role.CITIZEN,
                    () -> votes.vote(merged)));
            merge.awaitALockWait(database);
            merge.commit();
            assertThat(vote.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("vote", "ideastorm.vote.merged")));
            assertThat(storedVotes(merged)).isZero();
        }
    }

    /**
     * A vote in a storm without a budget takes no lock of the person's, only its idea's (shared): while staff undo a
     * merge, which holds both ideas, a first vote on the kept idea waits for the undoing and then counts.
     */
    @Test
    void aFirstVoteOnTheKeptIdeaWhileAMergeIsUndoneWaitsForTheUndoingAndThenCounts() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId kept = idea(storm, "Sms dagen før");
        IdeaId merged = idea(storm, "En sms før mødet");
        long staff = signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        mergeService.merge(merged, kept, "Samme idé");
        long voter = signedIn.newPerson("Nina Ny", Role.CITIZEN);
        signedIn.clear();
        try (HeldTransaction undo = HeldTransaction.hold(transaction, () -> {
            signedIn.as(staff, "Sofie Stormfører", Role.COI_STAFF);
            mergeService.undo(merged, "Alligevel to idéer");
        })) {
            Future<Throwable> vote = undo.meanwhile(() -> signedIn.refusalOf(voter, "Nina Ny", Role.CITIZEN,
                    () -> votes.vote(kept)));
            undo.awaitALockWait(database);
            assertThat(storedVotes(kept)).isZero();
            undo.commit();
            assertThat(vote.get(30, TimeUnit.SECONDS)).isNull();
            assertThat(storedVotes(kept)).isOne();
        }
    }

    /**
     * Which way a vote is tried first follows the budget last seen on this node, but the budget is the database's: one
     * set or lifted where this node did not see it (staff on another node) holds from the next vote.
     */
    @Test
    void aBudgetSetOrLiftedBehindThisNodesBackHoldsFromTheNextVote() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        List<IdeaId> four = IntStream.range(0, 4).mapToObj(i -> idea(storm, "Idé " + i)).toList();
        signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        votes.vote(four.get(0));
        database.update("update storm set vote_budget = 2 where id = ?", storm.value());
        votes.vote(four.get(1));
        assertRefused(() -> votes.vote(four.get(2)), "ideastorm.vote.budget-spent");
        assertRefused(() -> votes.vote(four.get(3)), "ideastorm.vote.budget-spent");
        database.update("update storm set vote_budget = null where id = ?", storm.value());
        votes.vote(four.get(2));
        votes.vote(four.get(3));
        database.update("update storm set vote_budget = 4 where id = ?", storm.value());
        votes.withdraw(four.get(3));
        votes.vote(four.get(3));
        assertThat(four).extracting(this::storedVotes).containsExactly(1, 1, 1, 1);
    }

    /** One person's vote sent twice at the same moment (two tabs, a double click) counts once, and neither fails. */
    @Test
    void theSameVoteGivenTwiceAtOnceCountsOnceWithoutAnError() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        List<IdeaId> ideasVotedTwice = IntStream.range(0, 20).mapToObj(i -> idea(storm, "Idé " + i)).toList();
        long voter = signedIn.newPerson("Dobbelt Dorte", Role.CITIZEN);
        signedIn.clear();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (IdeaId idea : ideasVotedTwice) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Throwable>> both = new ArrayList<>();
                for (int tab = 0; tab < 2; tab++) {
                    both.add(threads.submit(() -> {
                        start.await();
                        return signedIn.refusalOf(voter, "Dobbelt Dorte", Role.CITIZEN, () -> votes.vote(idea));
                    }));
                }
                start.countDown();
                for (Future<Throwable> vote : both) {
                    assertThat(vote.get(30, TimeUnit.SECONDS)).isNull();
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ideasVotedTwice).extracting(this::storedVotes).containsOnly(1);
    }

    /** A call of the service by one person; {@code leavesVote} names the vote it leaves if it succeeds, or null. */
    private record Attempt(long person, IdeaId idea, Runnable call, IdeaId leavesVote) {
    }

    /**
     * A thousand people's two calls each, shuffled over 50 threads so that one person's calls often run at once:
     * two different ideas; the same idea twice (a repeat); a vote withdrawn again (in order, within one attempt);
     * a withdrawal of a vote never given beside a vote; a vote on a hidden idea (refused) beside a vote.
     */
    @Test
    void aThousandPeopleOnFiftyThreadsWithRepeatsAndWithdrawalsLeaveExactlyTheRemainingVoters() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        List<IdeaId> open = IntStream.range(0, 10).mapToObj(i -> idea(storm, "Idé " + i)).toList();
        IdeaId hidden = idea(storm, "Skjult");
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        moderation.hide(hidden.subject(), "Reklame");
        List<Long> people = signedIn.crowd("Vælger", 1000);
        signedIn.clear();

        Random random = new Random(1000);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long person = people.get(i);
            IdeaId one = open.get(random.nextInt(open.size()));
            IdeaId other = open.get((open.indexOf(one) + 1 + random.nextInt(open.size() - 1)) % open.size());
            switch (i % 5) {
                case 0 -> attempts.addAll(List.of(new Attempt(person, one, () -> votes.vote(one), one),
                        new Attempt(person, other, () -> votes.vote(other), other)));
                case 1 -> attempts.addAll(List.of(new Attempt(person, one, () -> votes.vote(one), one),
                        new Attempt(person, one, () -> votes.vote(one), one)));
                case 2 -> attempts.add(new Attempt(person, one, () -> {
                    votes.vote(one);
                    votes.withdraw(one);
                }, null));
                case 3 -> attempts.addAll(List.of(new Attempt(person, one, () -> votes.withdraw(one), null),
                        new Attempt(person, other, () -> votes.vote(other), other)));
                default -> attempts.addAll(List.of(new Attempt(person, hidden, () -> votes.vote(hidden), hidden),
                        new Attempt(person, other, () -> votes.vote(other), other)));
            }
        }
        Collections.shuffle(attempts, random);

        Set<List<Long>> expected = ConcurrentHashMap.newKeySet();
        Queue<String> refusals = new ConcurrentLinkedQueue<>();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        long deadlocksBefore = deadlocks();
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Void>> calls = attempts.stream().<Callable<Void>>map(attempt -> () -> {
                signedIn.as(attempt.person(), "Vælger", Role.CITIZEN);
                try {
                    attempt.call().run();
                    if (attempt.leavesVote() != null) {
                        expected.add(List.of(attempt.leavesVote().value(), attempt.person()));
                    }
                } catch (InvalidInputException refused) {
                    refusals.add(refused.fieldMessageKeys().get("vote"));
                } catch (RuntimeException error) {
                    errors.add(error);
                } finally {
                    signedIn.clear();
                }
                return null;
            }).toList();
            for (Future<Void> done : threads.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(errors).as("no error from the database reaches a person").isEmpty();
        assertThat(deadlocks()).as("InnoDB deadlocks").isEqualTo(deadlocksBefore);
        assertThat(refusals).hasSize(200).containsOnly("ideastorm.vote.hidden");
        assertThat(database.query("select idea_id, person_id from idea_vote where storm_id = ?",
                (row, n) -> List.of(row.getLong(1), row.getLong(2)), storm.value()))
                .containsExactlyInAnyOrderElementsOf(expected);
        signedIn.anonymous();
        for (IdeaId idea : open) {
            assertThat(votesOn(storm, idea)).as("the count of %s", idea)
                    .isEqualTo(expected.stream().filter(vote -> vote.getFirst() == idea.value()).count());
        }
    }

    private long deadlocks() {
        return database.query("show global status like 'Innodb_deadlocks'", (row, n) -> row.getLong(2)).getFirst();
    }

    @Test
    void aPersonsVotesAreInTheirExportAndStayCountedAfterErasure() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId sms = idea(storm, "Sms dagen før");
        signedIn.newPerson("Ditte Data", Role.CITIZEN);
        votes.vote(sms);
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"votes\"", "\"idea\" : " + sms.value());
        personalData.eraseCurrentPerson();
        signedIn.anonymous();
        assertThat(votesOn(storm, sms)).isEqualTo(1);
    }

    @Test
    void aMergedPersonsVotesBecomeTheRemainingPersonsAndOneHumanCountsOnce() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId both = idea(storm, "Begge stemte");
        IdeaId onlyMerged = idea(storm, "Kun den ene stemte");
        SignedIn.TestPerson merged = signedIn.signUp("Keycloak Kim");
        SignedIn.TestPerson remaining = signedIn.signUp("Lokal Kim");
        signedIn.as(merged, Role.CITIZEN);
        votes.vote(both);
        votes.vote(onlyMerged);
        signedIn.as(remaining, Role.CITIZEN);
        votes.vote(both);

        transaction.executeWithoutResult(status -> events.publishEvent(
                new PersonMerged(PersonId.of(merged.id()), PersonId.of(remaining.id()))));

        // The listener runs after the merge commits; its effect is waited for, not slept on.
        await().atMost(Duration.ofSeconds(20)).until(() -> database.queryForObject(
                "select count(*) from idea_vote where person_id = ?", Integer.class, merged.id()) == 0);
        assertThat(storedVotes(both)).as("one human, one vote").isEqualTo(1);
        assertThat(storedVotes(onlyMerged)).isEqualTo(1);
        assertThat(ideas.idea(storm, onlyMerged).orElseThrow().votedByMe()).isTrue();
    }
    /**
     * Another session of a merged person, still holding the merged row's id, votes and withdraws as the remaining
     * person: the rules the two statements check leave the merged row out, and the Java way counts the vote for the
     * remaining person, so one human still counts once.
     */
    @Test
    void anOpenSessionOfAMergedPersonVotesAsTheRemainingPersonAndCountsOnce() {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId both = idea(storm, "Begge vil stemme");
        IdeaId fresh = idea(storm, "En ny stemme");
        SignedIn.TestPerson merged = signedIn.signUp("Keycloak Kaj");
        SignedIn.TestPerson remaining = signedIn.signUp("Lokal Kaj");
        signedIn.as(remaining, Role.CITIZEN);
        votes.vote(both);
        database.update("update person set merged_into = ? where id = ?", remaining.id(), merged.id());

        signedIn.as(merged, Role.CITIZEN);
        votes.vote(both);
        votes.vote(fresh);

        assertThat(storedVotes(both)).as("one human, one vote").isEqualTo(1);
        assertThat(database.queryForObject("select count(*) from idea_vote where person_id = ?", Integer.class,
                merged.id())).isZero();
        assertThat(database.queryForObject("select person_id from idea_vote where idea_id = ?", Long.class,
                fresh.value())).isEqualTo(remaining.id());
        votes.withdraw(fresh);
        assertThat(storedVotes(fresh)).isZero();
    }
    /**
     * The Java way reads the idea before the person's lock; an idea hidden while the vote waits for that lock (here
     * inside an outer transaction, which always takes the Java way) is seen after it, and the vote refused.
     */
    @Test
    void anIdeaHiddenWhileAVoteWaitsForThePersonsLockIsRefusedAfterIt() throws Exception {
        StormId storm = openStorm(Audience.SIGNED_IN, StormTemplate.SIMPLE);
        IdeaId sms = idea(storm, "Sms om aftenen");
        long voter = signedIn.newPerson("Vera Venter", Role.CITIZEN);
        signedIn.clear();
        try (HeldTransaction participant = HeldTransaction.hold(transaction, () -> database.update("""
                        insert into storm_participant (storm_id, person_id) values (?, ?)
                        on duplicate key update person_id = person_id""", storm.value(), voter),
                () -> database.update("update idea set hidden_at = current_timestamp(6) where id = ?", sms.value()))) {
            Future<Throwable> vote = participant.meanwhile(() -> signedIn.refusalOf(voter, "Vera Venter", Role.CITIZEN,
                    () -> transaction.executeWithoutResult(status -> votes.vote(sms))));
            participant.awaitALockWait(database);
            participant.commit();
            assertThat(vote.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(Map.of("vote", "ideastorm.vote.hidden")));
            assertThat(storedVotes(sms)).isZero();
        }
    }
}
