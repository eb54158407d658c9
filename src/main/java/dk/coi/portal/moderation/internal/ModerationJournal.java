package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.ContentModerated;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the one moderation log, inside the caller's transaction; each decision written is also
 * published as {@link ContentModerated}.
 */
@Component
public class ModerationJournal {

    private final ModerationLogRepository log;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationJournal(ModerationLogRepository log, PersonService people, ApplicationEventPublisher events,
                      Clock clock) {
        this.log = log;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public void write(ModerationAction action, Subject subject, Phrase title, ModerationDecision decision,
                      Phrase facts) {
        log.save(new ModerationLogEntry(clock.instant(), decision.personId(), action, subject, title, facts,
                decision.givenReason().map(Reason::text).orElse(null)));
        events.publishEvent(new ContentModerated(subject, action, decision.personId()));
    }

    /** The latest decisions, newest first, credited in one query. */
    public List<ModerationLogLine> recent(int limit) {
        return lines(log.findAllByOrderByIdDesc(Limit.of(limit)));
    }

    /** Every decision about one piece of content, oldest first. */
    public List<ModerationLogLine> about(Subject subject) {
        return lines(log.findBySubjectTypeAndSubjectIdOrderByIdAsc(subject.type(), subject.id()));
    }

    private List<ModerationLogLine> lines(List<ModerationLogEntry> rows) {
        Map<PersonId, Author> authors = people.authors(rows.stream().map(ModerationLogEntry::getPersonId)
                .filter(Objects::nonNull).distinct().map(PersonId::of).toList());
        return rows.stream().map(row -> new ModerationLogLine(row.getId(), row.getCreatedAt(), row.getPersonId(),
                row.getPersonId() == null || !authors.containsKey(PersonId.of(row.getPersonId())) ? null
                        : authors.get(PersonId.of(row.getPersonId())).displayName(),
                row.getAction(), row.subject(), row.getTitle(), row.getFacts(), row.getReason())).toList();
    }
}
