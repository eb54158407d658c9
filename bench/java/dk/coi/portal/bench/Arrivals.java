package dk.coi.portal.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When each of a fixed number of open views first got the count it waits for: {@link #await} before a vote,
 * {@link #arrived} as a view gets a count, {@link #after} to read the times.
 */
final class Arrivals {

    /** The count the views wait for, and when each view got it (nanoTime). */
    private record Awaited(long count, long[] handedAt, CountDownLatch all) {
    }

    private final int views;
    private volatile Awaited awaited;

    Arrivals(int views) {
        this.views = views;
    }

    /** Every view waits for the count to become {@code count}; call before the vote. */
    void await(long count) {
        awaited = new Awaited(count, new long[views], new CountDownLatch(views));
    }

    /** View {@code view} got {@code count} at {@code now} (nanoTime); counts only the first arrival of the awaited. */
    void arrived(int view, long count, long now) {
        Awaited waiting = awaited;
        if (waiting != null && count == waiting.count() && waiting.handedAt()[view] == 0) {
            waiting.handedAt()[view] = now;
            waiting.all().countDown();
        }
    }

    /** When each view got the awaited count, in nanoseconds after {@code votedAt}; fails after 30 s. */
    long[] after(long votedAt) throws InterruptedException {
        Awaited waiting = awaited;
        if (!waiting.all().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(waiting.all().getCount() + " views never got count " + waiting.count());
        }
        long[] after = new long[views];
        for (int i = 0; i < after.length; i++) {
            after[i] = waiting.handedAt()[i] - votedAt;
        }
        return after;
    }
}
