package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.LogQuery;
import dk.coi.portal.moderation.LoggedDecision;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationLog;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.wiki.PageId;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiLogAction;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiSubjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The public wiki log as a filtered view of the one moderation log: the wiki records its stewardship there (moves,
 * protections, deletions, review decisions) and reads back those lines together with moderation's decisions on talk
 * comments that anyone may read (a dismissal of reports is the staff queue's). Every title the wiki logs is a
 * phrase whose first argument is the page's title.
 */
@Component
public class WikiLog {

    static final String PAGE_TITLE = "wiki.log.page";

    private static final Set<LogKind> PUBLIC_KINDS = Stream.concat(
            Arrays.stream(WikiLogAction.values()).map(WikiLogAction::kind),
            Arrays.stream(ModerationAction.values()).filter(ModerationAction::visibleToEveryone)
                    .map(ModerationAction::kind)).collect(Collectors.toSet());
    private static final Set<LogKind> RECENT_CHANGE_KINDS = Arrays.stream(WikiLogAction.values())
            .filter(WikiLogAction::showsInRecentChanges).map(WikiLogAction::kind).collect(Collectors.toSet());

    private final ModerationLog log;

    WikiLog(ModerationLog log) {
        this.log = log;
    }

    /** Records an action on a page, called {@code title} then, in the caller's transaction. */
    public void write(Instant at, long personId, WikiLogAction action, long pageId, String title, Phrase facts,
                      String reason) {
        log.record(new LoggedDecision(at, PersonId.of(personId), action.kind(), WikiSubjects.page(PageId.of(pageId)),
                Phrase.of(PAGE_TITLE, title), facts, reason));
    }

    /** The public wiki log, newest first. */
    public List<WikiLogLine> latest(int limit) {
        return lines(LogQuery.of(PUBLIC_KINDS, Set.of(WikiSubjects.PAGE, TalkComment.SUBJECT_TYPE), limit));
    }

    /**
     * What recent changes shows between the edits (moves, protections, deletions), since a time, optionally by one
     * person or on some pages only ({@code pageIds} null: any page).
     */
    public List<WikiLogLine> recentChanges(Instant since, Long personId, Collection<Long> pageIds, int limit) {
        return lines(new LogQuery(RECENT_CHANGE_KINDS, Set.of(WikiSubjects.PAGE), since,
                personId == null ? null : PersonId.of(personId), pageIds, limit));
    }

    private List<WikiLogLine> lines(LogQuery query) {
        return log.lines(query).stream().map(WikiLog::line).toList();
    }

    private static WikiLogLine line(ModerationLogLine line) {
        String pageTitle = String.valueOf(line.title().arguments().getFirst());
        return new WikiLogLine(line.id(), line.time(), line.personId(), line.person(), line.kind(), pageTitle,
                line.path() == null ? WikiRoutes.page(pageTitle) : line.path(), line.facts(), line.reason());
    }
}
