package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.ContentModerated;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.LogQuery;
import dk.coi.portal.moderation.LoggedDecision;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.Subject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the one moderation log, inside the caller's transaction; each of moderation's own decisions is
 * also published as {@link ContentModerated}.
 */
@Component
public class ModerationJournal {

    /** Stands in for "any content" in the query, which cannot take an empty list. */
    private static final List<Long> NO_IDS = List.of(-1L);

    private final ModerationLogRepository log;
    private final ModeratedContents contents;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationJournal(ModerationLogRepository log, ModeratedContents contents, PersonService people,
                      ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.contents = contents;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One of moderation's own decisions, published with the people it concerns: the content's {@code author} (null:
     * not known) and the {@code reporters} whose open reports it closes.
     */
    public void write(ModerationAction action, Subject subject, Phrase title, ModerationDecision decision,
                      Phrase facts, PersonId author, Set<PersonId> reporters) {
        ModerationLogEntry entry = log.save(new ModerationLogEntry(clock.instant(), decision.personId(), action.kind(),
                subject, title, facts, decision.givenReason().map(Reason::text).orElse(null)));
        events.publishEvent(new ContentModerated(subject, action, decision.personId(), entry.getId(), author,
                reporters));
    }

    /** A decision another module made about its own content. */
    public void write(LoggedDecision decision) {
        log.save(new ModerationLogEntry(decision.time(),
                Optional.ofNullable(decision.person()).map(PersonId::value).orElse(null), decision.kind(),
                decision.subject(), decision.title(), decision.facts(), decision.reason()));
    }

    /**
     * Moderation's own latest decisions and the modules' staff decisions about content they declare
     * ({@link dk.coi.portal.moderation.ModeratedContent#staffDecisions}; other stewardship is in their logs), newest first, for staff: with
     * the start of each content's text and its author, so that lines of the same title can be told apart.
     */
    public List<ModerationLogLine> recent(int limit) {
        List<String> kinds = Stream.concat(Arrays.stream(ModerationAction.values()).map(ModerationAction::kind),
                contents.staffDecisions().stream()).map(LogKind::code).toList();
        return described(log.findByKindInOrderByCreatedAtDescIdDesc(kinds, Limit.of(limit)));
    }

    /** Every decision about one piece of content, oldest first, for staff (described as {@link #recent}). */
    public List<ModerationLogLine> about(Subject subject) {
        return described(log.findBySubjectTypeAndSubjectIdOrderByCreatedAtAscIdAsc(subject.type(), subject.id()));
    }

    /**
     * Lines of a module's public view of the log: they lead to the content while it exists and quote nothing of it,
     * so only where each piece of content is seen is looked up, not what it says.
     */
    public List<ModerationLogLine> matching(LogQuery query) {
        if (query.kinds().isEmpty() || query.subjectTypes().isEmpty()
                || query.subjectIds() != null && query.subjectIds().isEmpty()) {
            return List.of();
        }
        List<ModerationLogEntry> rows = log.findMatching(query.kinds().stream().map(LogKind::code).toList(),
                query.subjectTypes(), query.since(),
                Optional.ofNullable(query.person()).map(PersonId::value).orElse(null), query.subjectIds() == null,
                query.subjectIds() == null ? NO_IDS : query.subjectIds(), Limit.of(query.limit()));
        Map<PersonId, Author> named = credits(rows.stream().map(ModerationLogEntry::getPersonId));
        Map<Subject, String> paths = contents.paths(subjects(rows));
        return rows.stream().map(row -> line(row, named, paths.get(row.subject()), null, null)).toList();
    }

    private List<ModerationLogLine> described(List<ModerationLogEntry> rows) {
        Map<Subject, ModeratedItem> items = contents.describe(subjects(rows));
        Map<PersonId, Author> named = credits(Stream.concat(rows.stream().map(ModerationLogEntry::getPersonId),
                items.values().stream().map(ModeratedItem::author).filter(Objects::nonNull).map(PersonId::value)));
        return rows.stream().map(row -> {
            Optional<ModeratedItem> item = Optional.ofNullable(items.get(row.subject()));
            return line(row, named, item.map(ModeratedItem::path).orElse(null),
                    item.map(ModeratedItem::excerpt).map(ModeratedItem::gist).orElse(null),
                    item.map(ModeratedItem::author).map(PersonId::value).map(id -> credit(named, id)).orElse(null));
        }).toList();
    }

    private static List<Subject> subjects(List<ModerationLogEntry> rows) {
        return rows.stream().map(ModerationLogEntry::subject).distinct().toList();
    }

    /** The credits of everyone named, in one read. */
    private Map<PersonId, Author> credits(Stream<Long> personIds) {
        return people.authors(personIds.filter(Objects::nonNull).distinct().map(PersonId::of).toList());
    }

    private static String credit(Map<PersonId, Author> named, Long personId) {
        return Optional.ofNullable(personId).map(PersonId::of).map(named::get).map(Author::credit).orElse(null);
    }

    private static ModerationLogLine line(ModerationLogEntry row, Map<PersonId, Author> named, String path,
                                          String excerpt, String author) {
        return new ModerationLogLine(row.getId(), row.getCreatedAt(), row.getPersonId(),
                credit(named, row.getPersonId()), row.kind(), row.subject(), row.getTitle(), row.getFacts(),
                row.getReason(), path, excerpt, author);
    }
}
