package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.SystemIdentity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that voting closes within a day, as often as phases are checked, and once the portal is
 * ready, so a reminder due while it was down goes at once. One ShedLock lock keeps two nodes from running at the
 * same time; should they anyway, the mark in {@link StormVotingReminders} sends each reminder once.
 */
@Component
class StormVotingReminderJobs {

    static final String LOCK = "storm-voting-reminders";

    private final StormVotingReminders reminders;
    private final SystemIdentity system;

    StormVotingReminderJobs(StormVotingReminders reminders, SystemIdentity system) {
        this.reminders = reminders;
        this.system = system;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${portal.ideastorm.phase-check-interval}",
            initialDelayString = "${portal.ideastorm.phase-check-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void run() {
        system.call(LOCK, reminders::remindDue);
    }
}
