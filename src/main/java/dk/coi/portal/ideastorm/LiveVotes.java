package dk.coi.portal.ideastorm;

import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormVoting;
import dk.coi.portal.ideastorm.internal.VoteStore;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vote counts pushed to open screens of a storm after each vote commits (design decision 012). The votes of a
 * storm within {@link #COALESCE} are read once and handed to every screen registered for it, so a burst of votes
 * sends one update per screen, not one per vote. Counts go out only while the storm's phase shows them; they name
 * no voter. In-JVM: on several nodes each node pushes the votes given on it.
 */
@Component
public class LiveVotes {

    static final Duration COALESCE = Duration.ofMillis(300);
    private static final Logger LOG = LoggerFactory.getLogger(LiveVotes.class);

    private final Map<Long, Set<Consumer<Map<IdeaId, Long>>>> screens = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-votes").daemon().factory());
    private final TransactionTemplate reading;
    private final StormRepository storms;
    private final StormVoting voting;
    private final VoteStore votes;
    private final Clock clock;

    LiveVotes(PlatformTransactionManager transactions, StormRepository storms, StormVoting voting, VoteStore votes,
              Clock clock) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.storms = storms;
        this.voting = voting;
        this.votes = votes;
        this.clock = clock;
    }

    /**
     * The screen is handed the new counts of the storm's ideas (on the pusher's thread: it must take its UI's lock,
     * {@code ui.access}); the returned action ends that, when the screen is detached.
     */
    public Runnable register(StormId storm, Consumer<Map<IdeaId, Long>> screen) {
        screens.computeIfAbsent(storm.value(), id -> ConcurrentHashMap.newKeySet()).add(screen);
        return () -> screens.computeIfPresent(storm.value(), (id, registered) -> {
            registered.remove(screen);
            return registered.isEmpty() ? null : registered;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void voted(IdeaVoted event) {
        long storm = event.storm().value();
        pending.compute(storm, (id, ideas) -> {
            Set<Long> waiting = ideas;
            if (waiting == null) {
                waiting = ConcurrentHashMap.newKeySet();
                pusher.schedule(() -> push(storm), COALESCE.toMillis(), TimeUnit.MILLISECONDS);
            }
            waiting.add(event.idea().value());
            return waiting;
        });
    }

    private void push(long storm) {
        Set<Long> ideas = pending.remove(storm);
        Set<Consumer<Map<IdeaId, Long>>> registered = screens.get(storm);
        if (ideas == null || registered == null) {
            return;
        }
        try {
            Map<IdeaId, Long> counts = reading.execute(status -> storms.findWithPhasesById(storm)
                    .filter(found -> voting.countsShown(found, clock.instant()))
                    .map(found -> {
                        Map<Long, Long> counted = votes.counts(ideas);
                        return ideas.stream().collect(Collectors.toMap(IdeaId::of,
                                idea -> counted.getOrDefault(idea, 0L)));
                    }).orElse(Map.of()));
            if (counts != null && !counts.isEmpty()) {
                registered.forEach(screen -> deliver(screen, counts));
            }
        } catch (RuntimeException failed) {
            // The next vote or reload shows the counts; the pusher must go on for other storms.
            LOG.warn("Could not push the vote counts of storm {}", storm, failed);
        }
    }

    private static void deliver(Consumer<Map<IdeaId, Long>> screen, Map<IdeaId, Long> counts) {
        try {
            screen.accept(counts);
        } catch (RuntimeException failed) {
            // A screen closing meanwhile; the others are still handed their counts.
            LOG.debug("A screen took no vote counts", failed);
        }
    }

    @PreDestroy
    void stop() {
        pusher.shutdownNow();
    }
}
