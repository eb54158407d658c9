package dk.coi.portal.ideastorm;

import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormRules;
import dk.coi.portal.ideastorm.internal.StormVoting;
import dk.coi.portal.ideastorm.internal.VoteStore;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Votes on ideas (design decision 012): one per idea per person, given and withdrawn while the current phase takes
 * votes, by people in the storm's audience, within the storm's budget of votes per person. In a storm with a budget
 * a person's votes are taken one at a time under their participant row's lock, read committed, so the budget is
 * counted with every vote committed before; counts are COUNT(*) over the votes. {@link LiveVotes} is told of every
 * change. A vote the rules let in is made together with the votes waiting at that moment ({@code VoteBatches}); a
 * vote refused is refused by the rules read one by one, which name the reason.
 */
@Service
public class VoteService {

    public static final int MAX_BUDGET = 1000;
    private static final Audience[] AUDIENCES = Audience.values();

    private final IdeaRepository ideas;
    private final StormRepository storms;
    private final StormVoting voting;
    private final VoteStore votes;
    private final PersonService people;
    private final LiveVotes live;
    private final Clock clock;
    /** A vote's transaction: read committed, so the reads after the person's lock see every vote committed. */
    private final TransactionTemplate readCommitted;

    VoteService(IdeaRepository ideas, StormRepository storms, StormVoting voting, VoteStore votes,
                PersonService people, LiveVotes live, Clock clock, PlatformTransactionManager transactions) {
        this.readCommitted = new TransactionTemplate(transactions);
        this.readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.ideas = ideas;
        this.storms = storms;
        this.voting = voting;
        this.votes = votes;
        this.people = people;
        this.live = live;
        this.clock = clock;
    }

    /**
     * The signed-in person votes for the idea; voting twice is once. Refused outside voting, audience or budget. A
     * vote the rules let in is made on a connection kept for votes together with the votes waiting then
     * ({@link VoteStore#addIfAllowed}: an insert that checks every rule in the database, after the person's lock
     * where the storm has a budget); when that adds nothing, the rules are read one by one in a transaction of the
     * portal's to say why, or that the vote was given already.
     */
    @PreAuthorize("isAuthenticated()")
    public void vote(IdeaId id) {
        Optional<StormId> added = quickly(id, votes::addIfAllowed);
        if (added.isPresent()) {
            live.voted(added.get(), id);
        } else {
            readCommitted.executeWithoutResult(status -> addVote(id));
        }
    }

    /** The vote with the rules read one by one: a refusal with its reason, a vote given already, or the vote. */
    private void addVote(IdeaId id) {
        Idea idea = votable(id);
        long voter = lockedVoter(idea);
        if (votes.hasVoted(idea.getId(), voter)) {
            return;
        }
        Integer budget = idea.getStorm().getVoteBudget();
        votes.budgetSeen(idea.getStormId(), budget != null);
        if (budget != null && votes.votesInStorm(idea.getStormId(), voter) >= budget) {
            throw new InvalidInputException(Map.of("vote", "ideastorm.vote.budget-spent"));
        }
        votes.add(idea.getId(), voter, idea.getStormId(), clock.instant());
        live.voted(StormId.of(idea.getStormId()), id);
    }

    /**
     * The signed-in person takes their vote for the idea back while voting is open; without one, nothing happens.
     * As {@link #vote}: the lock and the deletion when the rules let it, the rules one by one to say why not.
     */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(IdeaId id) {
        Optional<StormId> removed = quickly(id, votes::removeIfAllowed);
        if (removed.isPresent()) {
            live.voted(removed.get(), id);
        } else {
            readCommitted.executeWithoutResult(status -> removeVote(id));
        }
    }

    /** The withdrawal with the rules read one by one: a refusal with its reason, no vote to withdraw, or done. */
    private void removeVote(IdeaId id) {
        Idea idea = votable(id);
        long voter = lockedVoter(idea);
        if (votes.remove(idea.getId(), voter)) {
            live.voted(StormId.of(idea.getStormId()), id);
        }
    }

    /**
     * The person the signed-in person's vote counts for (the remaining person when their row was merged into
     * another, so a merged person never counts twice), with their lock in the idea's storm taken; refused when the
     * idea was hidden or merged, or the person merged, before the lock (read under shared locks after it, as the
     * quick way's statements read them: what {@link #votable} read before the lock may be stale).
     */
    private long lockedVoter(Idea idea) {
        long voter = votes.standingFor(people.currentContributorId());
        votes.lockParticipant(idea.getStormId(), voter);
        Optional<String> refusal = votes.refusalUnderLock(idea.getId(), voter);
        if (refusal.isPresent()) {
            throw new InvalidInputException(Map.of("vote", refusal.get()));
        }
        return voter;
    }

    /** A vote's change on a vote connection, committed: one of {@link VoteStore#addIfAllowed} and its withdrawal. */
    private interface QuickChange {
        boolean made(long idea, long storm, long person, List<String> audiences);
    }

    /**
     * The change made on a vote connection when every rule lets it, its storm returned; empty when
     * it was not made (a rule refuses, or nothing to change), or when called inside a transaction, whose locks and
     * uncommitted rows another connection must not wait for or miss.
     */
    private Optional<StormId> quickly(IdeaId id, QuickChange change) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        Optional<CurrentPerson> person = people.currentPerson();
        Optional<Long> stormId = person.isPresent() ? votes.stormOf(id.value()) : Optional.empty();
        if (stormId.isPresent() && change.made(id.value(), stormId.get(), person.get().id(), admitting(person.get()))) {
            return Optional.of(StormId.of(stormId.get()));
        }
        return Optional.empty();
    }

    /** The audiences that admit the person (the rule of {@link Audience#admits}), by their stored names. */
    private static List<String> admitting(CurrentPerson person) {
        List<String> admitting = new ArrayList<>(AUDIENCES.length);
        for (Audience audience : AUDIENCES) {
            if (audience.admits(person)) {
                admitting.add(audience.name());
            }
        }
        return admitting;
    }

    /** Staff set how many votes one person may give in the storm (null: no budget). */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void setBudget(StormId id, Integer budget) {
        StormRules.checkBudget(budget);
        storms.findForChange(id.value())
                .orElseThrow(() -> new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown")))
                .setVoteBudget(budget);
        votes.budgetSeen(id.value(), budget != null);
    }

    /** The idea, if the current person may vote on it now (a hidden idea takes no votes). */
    private Idea votable(IdeaId id) {
        Idea idea = ideas.findById(id.value())
                .orElseThrow(() -> new InvalidInputException(Map.of("vote", "ideastorm.idea.unknown")));
        Storm storm = storms.findWithPhasesById(idea.getStormId()).orElseThrow();
        Voting now = voting.voting(storm, people.currentPerson(), clock.instant());
        if (!now.isOpen()) {
            throw new InvalidInputException(Map.of("vote", now.reasonKey()));
        }
        if (idea.isHidden()) {
            throw new InvalidInputException(Map.of("vote", "ideastorm.vote.hidden"));
        }
        if (idea.isMerged()) {
            throw new InvalidInputException(Map.of("vote", "ideastorm.vote.merged"));
        }
        return idea;
    }
}
