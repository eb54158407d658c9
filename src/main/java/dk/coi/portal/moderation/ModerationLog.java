package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.internal.ModerationJournal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one moderation log as other modules use it: they record their own stewardship decisions in it (a page
 * moved, a change accepted) and show filtered views of it (the public wiki log), rather than keeping logs of
 * their own.
 */
@Service
public class ModerationLog {

    private final ModerationJournal journal;
    private final PersonService people;

    ModerationLog(ModerationJournal journal, PersonService people) {
        this.journal = journal;
        this.people = people;
    }

    /**
     * Records a module's decision in the module's own transaction, which has already checked that the person may
     * make it and stores the decision itself: the line stands or falls with the decision.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(LoggedDecision decision) {
        journal.write(decision);
    }

    /**
     * Lines matching the query, newest first. Anyone may read the log; moderation's decisions that reveal reports
     * (dismissed reports, automatic hiding) are left out for everyone but staff.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ModerationLogLine> lines(LogQuery query) {
        return journal.matching(visibleTo(query));
    }

    private LogQuery visibleTo(LogQuery query) {
        if (people.currentPerson().filter(person -> person.has(Role.COI_STAFF)).isPresent()) {
            return query;
        }
        Set<LogKind> kinds = new HashSet<>(query.kinds());
        Arrays.stream(ModerationAction.values()).filter(action -> !action.visibleToEveryone())
                .forEach(action -> kinds.remove(action.kind()));
        return new LogQuery(kinds, query.subjectTypes(), query.since(), query.person(), query.subjectIds(),
                query.limit());
    }
}
