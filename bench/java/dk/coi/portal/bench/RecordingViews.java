package dk.coi.portal.bench;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.StormId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Open storm views as the server holds them: each registered with {@link LiveVotes#register} exactly as
 * {@code StormIdeas} registers on attach, and noting the moment the pusher hands it the count it waits for (where
 * a view would take its UI's lock). No Vaadin UI behind them: what the UI work and the push cost is in the
 * Chromium pages' figures.
 */
final class RecordingViews implements AutoCloseable {

    private final IdeaId idea;
    private final List<Runnable> unregistering = new ArrayList<>();
    private volatile Awaited awaited;

    /** The count the views wait for, and when each view got it (nanoTime). */
    private record Awaited(long count, long[] handedAt, CountDownLatch all) {
    }

    RecordingViews(LiveVotes live, StormId storm, IdeaId idea, int views) {
        this.idea = idea;
        for (int i = 0; i < views; i++) {
            int view = i;
            unregistering.add(live.register(storm, new LiveVotes.Updates() {
                @Override
                public void counts(Map<IdeaId, Long> counts) {
                    long now = System.nanoTime();
                    Awaited waiting = awaited;
                    if (waiting != null && counts.getOrDefault(RecordingViews.this.idea, -1L) == waiting.count()
                            && waiting.handedAt()[view] == 0) {
                        waiting.handedAt()[view] = now;
                        waiting.all().countDown();
                    }
                }
            }));
        }
    }

    /** Every view waits for the idea's count to become {@code count}; call before the vote. */
    void await(long count) {
        awaited = new Awaited(count, new long[unregistering.size()], new CountDownLatch(unregistering.size()));
    }

    /** When each view was handed the awaited count, in nanoseconds after {@code votedAt}; fails after 30 s. */
    long[] handedAfter(long votedAt) throws InterruptedException {
        Awaited waiting = awaited;
        if (!waiting.all().await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(waiting.all().getCount() + " views never got count " + waiting.count());
        }
        long[] after = new long[waiting.handedAt().length];
        for (int i = 0; i < after.length; i++) {
            after[i] = waiting.handedAt()[i] - votedAt;
        }
        return after;
    }

    @Override
    public void close() {
        unregistering.forEach(Runnable::run);
    }
}
