package dk.coi.portal.ideastorm;

/** How many visible comments on an idea stand for it, against it and neither. */
public record StanceCounts(long forIdea, long against, long neutral) {

    public long total() {
        return forIdea + against + neutral;
    }
}
