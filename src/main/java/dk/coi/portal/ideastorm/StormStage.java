package dk.coi.portal.ideastorm;

/** Where a storm is in its life, as the storm list groups it. */
public enum StormStage {
    /** Its first phase has not started. */
    COMING,
    /** In one of its phases. */
    OPEN,
    /** In its concluding phase, or past the end of its last one. */
    CONCLUDED
}
