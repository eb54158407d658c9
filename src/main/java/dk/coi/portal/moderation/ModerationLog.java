package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.internal.ModerationJournal;
import dk.coi.portal.shared.CurrentActor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
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

    private static final String OWN_MODULE = "moderation";

    private final ModerationJournal journal;
    private final PersonService people;
    private final CurrentActor actor;

    ModerationLog(ModerationJournal journal, PersonService people, CurrentActor actor) {
        this.journal = journal;
        this.people = people;
        this.actor = actor;
    }

    /**
     * Records a module's decision in the module's own transaction, which has already checked that the person may
     * make it and stores the decision itself: the line stands or falls with the decision. A module logs only its own
     * kinds about its own content (moderation's decisions are written by {@link ModerationService} alone, with their
     * reports and events), credited to the signed-in person, or to anyone when the portal's system identity acts
     * (e.g. the demo content).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(LoggedDecision decision) {
        String module = decision.kind().module();
        if (module.equals(OWN_MODULE) || !decision.subject().type().startsWith(module + ".")) {
            throw new AccessDeniedException("A module logs its own kinds about its own content: " + decision.kind());
        }
        boolean creditedToActor = decision.person() != null
                && actor.personId().filter(id -> id == decision.person().value()).isPresent();
        if (!creditedToActor && !actor.isSystem()) {
            throw new AccessDeniedException("A decision is credited to the person making it");
        }
        journal.write(decision);
    }

    /**
     * Lines matching the query, newest first, leading to the content while it exists and quoting nothing of it.
     * Anyone may read the log; moderation's decisions that reveal reports that changed nothing (dismissals) are left
     * out for everyone but staff.
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
