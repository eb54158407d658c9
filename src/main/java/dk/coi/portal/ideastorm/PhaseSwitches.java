package dk.coi.portal.ideastorm;

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
}
