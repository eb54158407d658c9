package dk.coi.portal.search;

/** Progress of an index rebuild. */
public record IndexProgress(long indexed, long total, boolean done) {

    public double fraction() {
        // Done is whole even below the total: content not to be found (hidden, deleted) is counted but not indexed.
        return done ? 1 : total == 0 ? 0 : Math.min(1.0, (double) indexed / total);
    }
}
