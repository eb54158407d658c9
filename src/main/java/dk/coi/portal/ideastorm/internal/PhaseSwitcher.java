package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.ideastorm.StormPhaseChanged;
import dk.coi.portal.shared.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a storm's current phase changes, by the clock or by staff: a conditional update on the storm as it
 * was read, then the log line and the {@link StormPhaseChanged} event in the same transaction. A change someone
 * else made first leaves nothing behind here.
 */
@Component
public class PhaseSwitcher {

    private final StormRepository storms;
    private final StormPhaseLogRepository log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhaseSwitcher(StormRepository storms, StormPhaseLogRepository log, ApplicationEventPublisher events,
                  Clock clock) {
        this.storms = storms;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /** A storm as read: its phase then (null while coming) and its version then. */
    public record ReadState(Storm storm, StormPhase current, long version) {

        public static ReadState of(Storm storm) {
            return new ReadState(storm, storm.currentPhase().orElse(null), storm.getVersion());
        }

        ReadState movedTo(StormPhase next) {
            return new ReadState(storm, next, version + 1);
        }
    }

    /**
     * Moves the storm from its read state into {@code to}; the person is null (and so the reason) for the clock.
     * Empty when the storm changed since it was read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ReadState> switchTo(ReadState read, StormPhase to, PersonId by, Reason reason) {
        Storm storm = read.storm();
        Long from = read.current() == null ? null : read.current().getId();
        if (storms.switchPhase(storm.getId(), read.version(), from, to.getId(), storm.changeAfter(to)) == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        log.save(new StormPhaseLogEntry(storm.getId(), from, to.getId(), now, by == null ? null : by.value(),
                reason == null ? null : reason.text()));
        events.publishEvent(new StormPhaseChanged(storm.stormId(),
                read.current() == null ? null : read.current().getKind(), to.getKind(), to.getPosition(), now, by));
        return Optional.of(read.movedTo(to));
    }

    /**
     * The clock's changes of one storm that are due at {@code now}, one per phase in order (a portal that was down
     * over several changes catches up on all of them); stops early when another runner is at the same storm.
     */
    @Transactional
    public int advance(long stormId, Instant now) {
        Storm storm = storms.findWithPhasesById(stormId).orElse(null);
        if (storm == null) {
            return 0;
        }
        ReadState state = ReadState.of(storm);
        Instant due = storm.getNextChangeAt();
        int changes = 0;
        while (due != null && !due.isAfter(now)) {
            StormPhase next = storm.getPhases().get(state.current() == null ? 0 : state.current().getPosition() + 1);
            var moved = switchTo(state, next, null, null);
            if (moved.isEmpty()) {
                break;
            }
            state = moved.get();
            changes++;
            due = storm.changeAfter(next);
        }
        return changes;
    }
}
