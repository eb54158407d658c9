package dk.coi.portal.ideastorm;

import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaMerges;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormRules;
import dk.coi.portal.ideastorm.internal.StormVoting;
import dk.coi.portal.ideastorm.internal.VoteStore;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes on ideas (design decision 012): one per idea per person, given and withdrawn while the current phase takes
 * votes, by people in the storm's audience, within the storm's budget of votes per person. A person's votes in a
 * storm are taken one at a time under their participant row's lock, read committed, so the budget is counted with
 * every vote committed before; counts are COUNT(*) over the votes. {@link IdeaVoted} goes out with every change.
 */
@Service
public class VoteService {

    public static final int MAX_BUDGET = 1000;

    private final IdeaRepository ideas;
    private final StormRepository storms;
    private final StormVoting voting;
    private final VoteStore votes;
    private final IdeaMerges merges;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteService(IdeaRepository ideas, StormRepository storms, StormVoting voting, VoteStore votes,
                IdeaMerges merges, PersonService people, ApplicationEventPublisher events, Clock clock) {
        this.merges = merges;
        this.ideas = ideas;
        this.storms = storms;
        this.voting = voting;
        this.votes = votes;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person votes for the idea; voting twice is once. Refused outside voting, audience or budget. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void vote(IdeaId id) {
        Idea idea = votable(id);
        long person = people.currentContributorId();
        votes.lockParticipant(idea.getStormId(), person);
        if (merges.isMergedNow(idea.getId())) {
            throw new InvalidInputException(Map.of("vote", "ideastorm.vote.merged"));
        }
        if (votes.hasVoted(idea.getId(), person)) {
            return;
        }
        Integer budget = idea.getStorm().getVoteBudget();
        if (budget != null && votes.votesInStorm(idea.getStormId(), person) >= budget) {
            throw new InvalidInputException(Map.of("vote", "ideastorm.vote.budget-spent"));
        }
        votes.add(idea.getId(), person, idea.getStormId(), clock.instant());
        events.publishEvent(new IdeaVoted(StormId.of(idea.getStormId()), id));
    }

    /** The signed-in person takes their vote for the idea back while voting is open; without one, nothing happens. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void withdraw(IdeaId id) {
        Idea idea = votable(id);
        long person = people.currentContributorId();
        votes.lockParticipant(idea.getStormId(), person);
        if (votes.remove(idea.getId(), person)) {
            events.publishEvent(new IdeaVoted(StormId.of(idea.getStormId()), id));
        }
    }

    /** Staff set how many votes one person may give in the storm (null: no budget). */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void setBudget(StormId id, Integer budget) {
        StormRules.checkBudget(budget);
        storms.findForChange(id.value())
                .orElseThrow(() -> new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown")))
                .setVoteBudget(budget);
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
