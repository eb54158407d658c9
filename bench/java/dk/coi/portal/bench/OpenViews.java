package dk.coi.portal.bench;

/** Open storm views that a vote's count must reach, timed per view ({@link Arrivals}). */
abstract class OpenViews implements AutoCloseable {

    protected final Arrivals arrivals;

    OpenViews(int views) {
        arrivals = new Arrivals(views);
    }

    /** Every view waits for the idea's count to become {@code count}; call before the vote. */
    final void await(long count) {
        arrivals.await(count);
    }

    /** When each view got the awaited count, in nanoseconds after {@code votedAt}; fails after 30 s. */
    final long[] handedAfter(long votedAt) throws InterruptedException {
        try {
            return arrivals.after(votedAt);
        } catch (IllegalStateException missing) {
            throw new IllegalStateException(missing.getMessage() + "; " + diagnosis(), missing);
        }
    }

    /** What the views saw, to say why some never got a count. */
    protected String diagnosis() {
        return "";
    }

    @Override
    public abstract void close();
}
