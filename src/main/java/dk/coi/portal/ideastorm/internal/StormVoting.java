package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.VoteState;
import dk.coi.portal.ideastorm.Voting;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may vote in a storm now and whether its counts are shown, by the current phase's switches: the one rule
 * the vote enforces and the screens show.
 */
@Component
public class StormVoting {

    private final VoteStore votes;

    StormVoting(VoteStore votes) {
        this.votes = votes;
    }

    /** The phase first: outside voting nobody is asked to sign in or told they are outside the audience. */
    public Voting voting(Storm storm, Optional<CurrentPerson> person, Instant now) {
        Phase phase = StormStages.details(storm, now).currentPhase();
        if (phase == null || !phase.switches().votes() || !now.isBefore(phase.end())) {
            return Voting.PHASE_CLOSED;
        }
        if (person.isEmpty()) {
            return Voting.SIGN_IN;
        }
        return storm.getAudience().admits(person.get()) ? Voting.OPEN : Voting.NOT_IN_AUDIENCE;
    }

    public boolean countsShown(Storm storm, Instant now) {
        Phase phase = StormStages.details(storm, now).currentPhase();
        return phase != null && phase.switches().voteCounts();
    }

    public VoteState state(Storm storm, Optional<CurrentPerson> person, Instant now) {
        int used = person.map(p -> votes.votesInStorm(storm.getId(), p.id())).orElse(0);
        return new VoteState(voting(storm, person, now), countsShown(storm, now), storm.getVoteBudget(), used);
    }
}
