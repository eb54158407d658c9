package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.AwaitingItem;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportLine;
import dk.coi.portal.shared.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The staff queue: content held back for approval, and open reports grouped per piece of content, oldest report first, each piece described by its
 * module in one call per type and the reporters and the content's authors credited in one read.
 */
@Component
public class ModerationQueueReader {

    /** The most open reports read at once; a queue longer than this is worked from its oldest end. */
    static final int MAX_OPEN_REPORTS = 500;

    private final ModerationReportRepository reports;
    private final AwaitingApproval awaiting;
    private final ModeratedContents contents;
    private final PersonService people;

    ModerationQueueReader(ModerationReportRepository reports, AwaitingApproval awaiting, ModeratedContents contents,
                          PersonService people) {
        this.reports = reports;
        this.awaiting = awaiting;
        this.contents = contents;
        this.people = people;
    }

    public List<QueuedItem> openItems() {
        List<ModerationReport> open = reports.findByResolvedAtIsNullOrderByIdAsc(Limit.of(MAX_OPEN_REPORTS));
        Map<Subject, ModeratedItem> items = contents.describe(open.stream().map(ModerationReport::subject)
                .distinct().toList());
        Map<PersonId, Author> named = people.authors(Stream.concat(
                open.stream().map(ModerationReport::getPersonId).map(PersonId::of),
                items.values().stream().map(ModeratedItem::author).filter(Objects::nonNull)).distinct().toList());
        Map<Subject, List<ReportLine>> bySubject = new LinkedHashMap<>();
        for (ModerationReport report : open) {
            Author reporter = named.get(PersonId.of(report.getPersonId()));
            bySubject.computeIfAbsent(report.subject(), subject -> new ArrayList<>())
                    .add(new ReportLine(report.getId(), reporter == null ? null : reporter.displayName(),
                            report.getCategory(), report.getReason(), report.getCreatedAt()));
        }
        return bySubject.entrySet().stream().map(entry -> {
            ModeratedItem item = items.get(entry.getKey());
            String author = Optional.ofNullable(item).map(ModeratedItem::author).map(named::get)
                    .map(Author::credit).orElse(null);
            return new QueuedItem(entry.getKey(), item, author, List.copyOf(entry.getValue()));
        }).toList();
    }

    /** Content held back for approval, oldest first; what its module no longer has is left out. */
    public List<AwaitingItem> awaitingItems() {
        List<AwaitingApproval.Waiting> waiting = awaiting.oldestFirst();
        Map<Subject, ModeratedItem> items = contents.describe(waiting.stream().map(AwaitingApproval.Waiting::subject)
                .toList());
        Map<PersonId, Author> named = people.authors(items.values().stream().map(ModeratedItem::author)
                .filter(Objects::nonNull).distinct().toList());
        return waiting.stream().filter(held -> items.containsKey(held.subject())).map(held -> {
            ModeratedItem item = items.get(held.subject());
            String author = Optional.ofNullable(item.author()).map(named::get).map(Author::credit).orElse(null);
            return new AwaitingItem(held.subject(), item, author, held.since());
        }).toList();
    }
}
