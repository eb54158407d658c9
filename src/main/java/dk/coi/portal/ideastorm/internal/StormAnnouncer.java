package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormPhaseChanged;
import dk.coi.portal.ideastorm.StormResultsPublished;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a storm's followers that it opened and that its results were published, after the change has committed
 * (through the event publication registry, so a failure here neither undoes the change nor loses the event). Each
 * is told once per storm however often its event is handed over: the mark and the notices commit together.
 */
@Component
class StormAnnouncer {

    private static final String JOB = "storm-announcements";

    private final StormRepository storms;
    private final StormAnnouncementRepository announcements;
    private final Notifications notifications;
    private final SystemIdentity system;
    private final Clock clock;

    StormAnnouncer(StormRepository storms, StormAnnouncementRepository announcements, Notifications notifications,
                   SystemIdentity system, Clock clock) {
        this.storms = storms;
        this.announcements = announcements;
        this.notifications = notifications;
        this.system = system;
        this.clock = clock;
    }

    /**
     * The storm opened when it entered its first phase that takes ideas (in a KLK-forløb the discovery's
     * contributions). Not told when the storm has already left that phase (a portal catching up on a phase it was
     * down over): it would invite people to a phase that is over.
     */
    @ApplicationModuleListener
    void phaseChanged(StormPhaseChanged change) {
        storms.findWithPhasesById(change.storm().value())
                .filter(storm -> !storm.isDraft())
                .filter(storm -> isFirstPhaseTakingIdeas(storm, change.toPosition()))
                .filter(storm -> storm.currentPhase().filter(now -> now.getPosition() == change.toPosition())
                        .isPresent())
                .ifPresent(storm -> announce(change.storm(), StormFollowing.NoticeKind.OPENED, change.by(),
                        change.at()));
    }

    @ApplicationModuleListener
    void resultsPublished(StormResultsPublished published) {
        announce(published.storm(), StormFollowing.NoticeKind.RESULTS_PUBLISHED, published.by(), published.at());
    }

    private static boolean isFirstPhaseTakingIdeas(Storm storm, int position) {
        return storm.getPhases().stream().filter(phase -> phase.view().switches().ideas()).findFirst()
                .filter(phase -> phase.getPosition() == position).isPresent();
    }

    private void announce(StormId storm, StormFollowing.NoticeKind kind, PersonId by, Instant at) {
        if (announcements.markAnnounced(storm.value(), kind.name(), clock.instant()) == 1) {
            system.run(JOB, () -> notifications.notifyFollowers(new NewNotice(StormFollowing.storm(storm),
                    kind.name(), null, by, null, at)));
        }
    }
}
