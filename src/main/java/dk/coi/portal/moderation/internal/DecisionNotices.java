package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ContentModerated;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a moderation decision has committed, tells the people it concerns (as the Digital Services Act asks: the
 * author with the reason, the reporters of the decision): the content's author, and the people whose reports it
 * closed, each in a notice of its own kind ({@link DecisionNotice}) about the decision's line in the log, mailed as
 * they chose. The reason goes with it where the log shows it to everyone; a dismissal's reason is for staff only.
 * Whoever decided is not told of their own decision, and an author who also reported is told as the author.
 */
@Component
class DecisionNotices {

    static final String SUBJECT_TYPE = "moderation.decision";

    private final ModerationLogRepository log;
    private final Notifications notifications;
    private final SystemIdentity system;

    DecisionNotices(ModerationLogRepository log, Notifications notifications, SystemIdentity system) {
        this.log = log;
        this.notifications = notifications;
        this.system = system;
    }

    @ApplicationModuleListener
    void tell(ContentModerated decided) {
        ModerationLogEntry entry = log.findById(decided.decisionId()).orElseThrow();
        Subject subject = new Subject(SUBJECT_TYPE, entry.getId());
        PersonId decider = Optional.ofNullable(decided.personId()).map(PersonId::of).orElse(null);
        EditSummary reason = EditSummary.of(decided.action().visibleToEveryone() ? entry.getReason() : null);
        Set<PersonId> authors = decided.author() == null ? Set.of() : Set.of(decided.author());
        Set<PersonId> reporters = new HashSet<>(decided.reporters());
        reporters.removeAll(authors);
        Function<DecisionNotice, NewNotice> notice = kind -> new NewNotice(subject, kind.name(), null, decider, reason,
                entry.getCreatedAt());
        system.run("moderation-notices", () -> {
            DecisionNotice.toAuthor(decided.action())
                    .ifPresent(kind -> notifications.notifyPeople(authors, notice.apply(kind)));
            DecisionNotice.toReporters(decided.action())
                    .ifPresent(kind -> notifications.notifyPeople(reporters, notice.apply(kind)));
        });
    }
}
