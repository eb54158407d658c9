package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.SystemIdentity;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The landscape's reminder job, every {@code portal.landscape.reminder-check-interval} and once the portal is ready,
 * so reminders that fell due while it was down go out at once. Its ShedLock lock over the database keeps two nodes
 * from running it at the same time; should they anyway, each reminder is still sent once (the marks in
 * {@link CaseReminders}). Runs as the system identity.
 */
@Component
class CaseUpkeepJobs {

    static final String REMINDER_LOCK = "landscape-case-reminders";

    private final CaseReminders reminders;
    private final SystemIdentity system;

    CaseUpkeepJobs(CaseReminders reminders, SystemIdentity system) {
        this.reminders = reminders;
        this.system = system;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${portal.landscape.reminder-check-interval}",
            initialDelayString = "${portal.landscape.reminder-check-interval}")
    @SchedulerLock(name = REMINDER_LOCK, lockAtMostFor = "PT10M")
    public void remindEditors() {
        system.call(REMINDER_LOCK, reminders::remindDue);
    }
}
