package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Phrase;
import java.util.ArrayList;
import java.util.List;

/** What participants may do during a phase, and whether vote counts are shown in it. */
public record PhaseSwitches(boolean ideas, boolean comments, boolean votes, boolean voteCounts) {

    /** Ideas and comments come in; nothing is voted on yet. */
    public static final PhaseSwitches COLLECTING = new PhaseSwitches(true, true, false, false);
    /** Only talk: observations and themes are discussed, no ideas or votes. */
    public static final PhaseSwitches DISCUSSING = new PhaseSwitches(false, true, false, false);
    /** Voting, with the counts moving in view. */
    public static final PhaseSwitches VOTING = new PhaseSwitches(false, true, true, true);
    /** Nothing more comes in; the counts stand as the votes left them. */
    public static final PhaseSwitches CLOSED = new PhaseSwitches(false, false, false, true);

    /**
     * What participants may do, in words ("Deltagerne kan indsende idéer og kommentere."); a vote whose counts are
     * hidden says so, as a participant would otherwise look for them.
     */
    public Phrase participation() {
        return participation(false);
    }

    /**
     * As {@link #participation()}, in a phase that collects observations (KLK's discovery and thematising): what comes
     * in there is observations and needs, and the sentence says so.
     */
    public Phrase participation(boolean observations) {
        List<Phrase> may = new ArrayList<>();
        if (ideas) {
            may.add(Phrase.of(observations ? "ideastorm.switch.observations" : "ideastorm.switch.ideas"));
        }
        if (comments) {
            may.add(Phrase.of("ideastorm.switch.comments"));
        }
        if (votes) {
            may.add(Phrase.of(voteCounts ? "ideastorm.switch.votes" : "ideastorm.switch.votes-counts-hidden"));
        }
        return switch (may.size()) {
            case 0 -> Phrase.of("ideastorm.switches.none");
            case 1 -> Phrase.of("ideastorm.switches.one", may.getFirst());
            case 2 -> Phrase.of("ideastorm.switches.two", may.get(0), may.get(1));
            default -> Phrase.of("ideastorm.switches.three", may.get(0), may.get(1), may.get(2));
        };
    }
}
