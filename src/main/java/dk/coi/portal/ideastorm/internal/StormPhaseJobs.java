package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.StormService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves storms into their next phase at its time: every half minute, and once the portal is ready, so a portal
 * that was down over a change catches up at once. One ShedLock lock over the database keeps two nodes from running
 * at the same time; should they anyway, each change is still made once (the conditional update in
 * {@link PhaseSwitcher}). Runs as the system identity.
 */
@Component
class StormPhaseJobs {

    static final String LOCK = "storm-phases";

    private final StormService storms;
    private final SystemIdentity system;

    StormPhaseJobs(StormService storms, SystemIdentity system) {
        this.storms = storms;
        this.system = system;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${portal.ideastorm.phase-check-interval}",
            initialDelayString = "${portal.ideastorm.phase-check-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void run() {
        system.call(LOCK, storms::advanceDuePhases);
    }
}
