package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.StormService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The storms' clockwork, every half minute and once the portal is ready, so a portal that was down over a due moment
 * catches up at once. Each job has its own ShedLock lock over the database, which keeps two nodes from running it at
 * the same time; should they anyway, each change is still made once (the conditional update in {@link PhaseSwitcher},
 * the mark in {@link StormVotingReminders}). Runs as the system identity.
 */
@Component
class StormJobs {

    static final String PHASE_LOCK = "storm-phases";
    static final String REMINDER_LOCK = "storm-voting-reminders";

    private final StormService storms;
    private final StormVotingReminders reminders;
    private final SystemIdentity system;

    StormJobs(StormService storms, StormVotingReminders reminders, SystemIdentity system) {
        this.storms = storms;
        this.reminders = reminders;
        this.system = system;
    }

    /** Moves storms into their next phase at its time. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${portal.ideastorm.phase-check-interval}",
            initialDelayString = "${portal.ideastorm.phase-check-interval}")
    @SchedulerLock(name = PHASE_LOCK, lockAtMostFor = "PT5M")
    public void changePhases() {
        system.call(PHASE_LOCK, storms::advanceDuePhases);
    }

    /** Tells followers that voting closes within a day. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${portal.ideastorm.phase-check-interval}",
            initialDelayString = "${portal.ideastorm.phase-check-interval}")
    @SchedulerLock(name = REMINDER_LOCK, lockAtMostFor = "PT5M")
    public void remindVotingCloses() {
        system.call(REMINDER_LOCK, reminders::remindDue);
    }
}
