package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportLine;
import dk.coi.portal.shared.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The staff queue: open reports grouped per piece of content, oldest report first, each piece described by its
 * module in one call per type and the reporters credited in one query.
 */
@Component
public class ModerationQueueReader {

    /** The most open reports read at once; a queue longer than this is worked from its oldest end. */
    static final int MAX_OPEN_REPORTS = 500;

    private final ModerationReportRepository reports;
    private final ModeratedContents contents;
    private final PersonService people;

    ModerationQueueReader(ModerationReportRepository reports, ModeratedContents contents, PersonService people) {
        this.reports = reports;
        this.contents = contents;
        this.people = people;
    }

    public List<QueuedItem> openItems() {
        List<ModerationReport> open = reports.findByResolvedAtIsNullOrderByIdAsc(Limit.of(MAX_OPEN_REPORTS));
        Map<PersonId, Author> reporters = people.authors(open.stream().map(ModerationReport::getPersonId).distinct()
                .map(PersonId::of).toList());
        Map<Subject, List<ReportLine>> bySubject = new LinkedHashMap<>();
        for (ModerationReport report : open) {
            Author reporter = reporters.get(PersonId.of(report.getPersonId()));
            bySubject.computeIfAbsent(report.subject(), subject -> new ArrayList<>())
                    .add(new ReportLine(report.getId(), reporter == null ? null : reporter.displayName(),
                            report.getCategory(), report.getReason(), report.getCreatedAt()));
        }
        Map<Subject, ModeratedItem> items = contents.describe(bySubject.keySet());
        return bySubject.entrySet().stream()
                .map(entry -> new QueuedItem(entry.getKey(), items.get(entry.getKey()), List.copyOf(entry.getValue())))
                .toList();
    }
}
