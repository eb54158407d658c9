package dk.coi.portal.search;

/** Progress of an index rebuild. */
public record IndexProgress(long indexed, long total, boolean done) {

    public double fraction() {
        return total == 0 ? (done ? 1 : 0) : Math.min(1.0, (double) indexed / total);
    }
}
