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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A storm's events pushed to its open screens after they commit: vote counts (design decision 012), the ideas newly
 * published, and that the storm went into another phase. The events of a storm within {@link #COALESCE} are read
 * once and handed to every screen registered for it, so a burst of votes or ideas sends one update per screen, not
 * one per event. Counts go out only while the storm's phase shows them; they name no voter. In-JVM: on several nodes
 * each node pushes the events that happened on it (a phase change by the clock happens on the node that ran the job).
 */
@Component
public class LiveVotes {

    static final Duration COALESCE = Duration.ofMillis(300);
    private static final Logger LOG = LoggerFactory.getLogger(LiveVotes.class);

    /**
     * What an open screen of a storm is handed, each on the pusher's thread: it must take its UI's lock
     * ({@code ui.access}). A screen overrides what it shows.
     */
    public interface Updates {

        /** New counts of ideas others voted on. */
        default void counts(Map<IdeaId, Long> counts) {
        }

        /** The ideas published in the storm since the last push (at least one). */
        default void published(Set<IdeaId> ideas) {
        }

        /** The storm went into another phase: what may be done in it may have changed. */
        default void phaseChanged() {
        }
    }

    /** A storm's events waiting for the push: the ideas voted on, the ideas published, whether its phase changed. */
    private record Waiting(Set<Long> voted, Set<Long> published, AtomicBoolean phaseChanged) {
    }

    private final Map<Long, Set<Updates>> screens = new ConcurrentHashMap<>();
    private final Map<Long, Waiting> pending = new ConcurrentHashMap<>();
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

    /** The screen is handed the storm's updates; the returned action ends that, when the screen is detached. */
    public Runnable register(StormId storm, Updates screen) {
        screens.computeIfAbsent(storm.value(), id -> ConcurrentHashMap.newKeySet()).add(screen);
        return () -> screens.computeIfPresent(storm.value(), (id, registered) -> {
            registered.remove(screen);
            return registered.isEmpty() ? null : registered;
        });
    }

    /**
     * Told by {@link VoteService} and {@link IdeaMergeService} that an idea's votes changed, in or after the change's
     * transaction: a direct call, not an event. Publishing an event per vote through Spring Modulith's multicaster was
     * a fifth of a vote's JVM time (design decision 012), and nothing else listens: the count is in the database, and
     * a push lost with the JVM is repaired by the next one or a reload.
     */
    void voted(StormId storm, IdeaId idea) {
        afterCommit(storm, waiting -> waiting.voted().add(idea.value()));
    }

    @EventListener
    void published(IdeaPublished event) {
        afterCommit(event.storm(), waiting -> waiting.published().add(event.idea().value()));
    }

    @EventListener
    void phaseChanged(StormPhaseChanged event) {
        afterCommit(event.storm(), waiting -> waiting.phaseChanged().set(true));
    }

    /**
     * Adds the event once its transaction commits (at once outside a transaction). Not a {@code @TransactionalEventListener}: the event publication
     * registry would record each vote for it and, after the commit, mark it done in a transaction of its own while
     * the vote still holds its connection, so a burst of votes as large as the pool waited for connections until
     * they timed out. A push lost with the JVM is made good by the next reload; it needs no registry.
     */
    private void afterCommit(StormId storm, Consumer<Waiting> event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            add(storm, event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                add(storm, event);
            }
        });
    }

    /** Adds an event to the storm's waiting ones (atomically with the push taking them), scheduling the push. */
    private void add(StormId storm, Consumer<Waiting> event) {
        pending.compute(storm.value(), (id, waiting) -> {
            Waiting now = waiting;
            if (now == null) {
                now = new Waiting(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(), new AtomicBoolean());
                pusher.schedule(() -> push(id), COALESCE.toMillis(), TimeUnit.MILLISECONDS);
            }
            event.accept(now);
            return now;
        });
    }

    private void push(long storm) {
        Waiting waiting = pending.remove(storm);
        Set<Updates> registered = screens.get(storm);
        if (waiting == null || registered == null) {
            return;
        }
        if (waiting.phaseChanged().get()) {
            registered.forEach(screen -> deliver(screen::phaseChanged));
        }
        Set<IdeaId> published = waiting.published().stream().map(IdeaId::of).collect(Collectors.toUnmodifiableSet());
        if (!published.isEmpty()) {
            registered.forEach(screen -> deliver(() -> screen.published(published)));
        }
        Set<Long> ideas = waiting.voted();
        if (ideas.isEmpty()) {
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
                registered.forEach(screen -> deliver(() -> screen.counts(counts)));
            }
        } catch (RuntimeException failed) {
            // The next vote or reload shows the counts; the pusher must go on for other storms.
            LOG.warn("Could not push the vote counts of storm {}", storm, failed);
        }
    }

    private static void deliver(Runnable handing) {
        try {
            handing.run();
        } catch (RuntimeException failed) {
            // A screen closing meanwhile; the others are still handed theirs.
            LOG.debug("A screen took no update", failed);
        }
    }

    @PreDestroy
    void stop() {
        pusher.shutdownNow();
    }
}
