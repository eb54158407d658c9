package dk.coi.portal.moderation;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.internal.AwaitingApproval;
import dk.coi.portal.moderation.internal.ModeratedContents;
import dk.coi.portal.moderation.internal.ModerationJournal;
import dk.coi.portal.moderation.internal.ModerationQueueReader;
import dk.coi.portal.moderation.internal.ModerationReport;
import dk.coi.portal.moderation.internal.ModerationReportRepository;
import dk.coi.portal.moderation.internal.ModerationSettings;
import dk.coi.portal.moderation.internal.ModerationSubjectLocks;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.Subject;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of every module's content: signed-in people report a piece of content with a reason, content is
 * hidden automatically once enough different people have reported it, and staff hide, restore or dismiss the
 * reports with a reason; content a module holds back waits for staff to approve or reject it. Every decision lands in the one moderation log. Content is reached only through the
 * modules' {@link ModeratedContent} beans; each method is one transaction, so a refused request stores nothing.
 */
@Service
public class ModerationService {

    private static final int RECENT_DECISIONS = 30;

    private final ModerationReportRepository reports;
    private final AwaitingApproval awaiting;
    private final ModeratedContents contents;
    private final ModerationJournal journal;
    private final ModerationQueueReader queue;
    private final ModerationSettings settings;
    private final ModerationSubjectLocks locks;
    private final PersonService people;
    private final Clock clock;

    ModerationService(ModerationReportRepository reports, AwaitingApproval awaiting, ModeratedContents contents,
                      ModerationJournal journal, ModerationQueueReader queue, ModerationSettings settings,
                      ModerationSubjectLocks locks, PersonService people, Clock clock) {
        this.reports = reports;
        this.awaiting = awaiting;
        this.contents = contents;
        this.journal = journal;
        this.queue = queue;
        this.settings = settings;
        this.locks = locks;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The signed-in person reports a piece of content. Refused (nothing stored) without a category or a valid
     * reason (both said at once), for content that does not exist, is hidden already or is the person's own, and
     * for a second report by the same person on the same content. The report that makes
     * {@code portal.moderation.auto-hide-after} different people hides the content until staff decide; reports on
     * the same content are counted one after the other, so two at the same moment cannot both miss that number.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReportOutcome report(Subject subject, ReportCategory category, String reason) {
        Reason given = reportReason(category, reason);
        locks.lock(subject);
        long reporter = me();
        ModeratedItem item = contents.existing(subject);
        if (item.author() != null && !own(Map.of(subject, item.author()), reporter).isEmpty()) {
            throw new InvalidInputException(Map.of("subject", "moderation.report.own"));
        }
        if (item.hidden()) {
            throw new InvalidInputException(Map.of("subject", "moderation.report.already-hidden"));
        }
        if (reports.existsBySubjectTypeAndSubjectIdAndPersonId(subject.type(), subject.id(), reporter)) {
            throw reportedTwice();
        }
        try {
            reports.saveAndFlush(new ModerationReport(subject, reporter, category, given.text(), clock.instant()));
        } catch (DataIntegrityViolationException readBeforeTheLock) {
            // Only when a caller's transaction had read before the lock, so its snapshot missed the first report.
            throw reportedTwice();
        }
        long reporters = reports.countOpenReporters(subject.type(), subject.id());
        if (reporters < settings.autoHideAfter()) {
            return ReportOutcome.RECEIVED;
        }
        contents.of(subject).hide(subject.id(), ModerationDecision.automatic());
        // The reports stay open for staff, whose decision tells the reporters; the author hears of it now.
        journal.write(ModerationAction.AUTO_HIDE, subject, item.title(), ModerationDecision.automatic(),
                Phrase.of("moderation.facts.reporters", reporters), item.author(), Set.of());
        return ReportOutcome.HIDDEN;
    }

    /**
     * Which of the subjects the signed-in person has reported (still open or decided; either way they cannot report
     * it again), for screens that offer "Rapportér"; none for an anonymous visitor. One query per subject type.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Subject> reportedByMe(Collection<Subject> subjects) {
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isEmpty()) {
            return Set.of();
        }
        Set<Subject> reported = new HashSet<>();
        subjects.stream().collect(Collectors.groupingBy(Subject::type, Collectors.mapping(Subject::id,
                Collectors.toSet()))).forEach((type, ids) -> reports.reportedBy(person.get().id(), type, ids)
                .forEach(id -> reported.add(new Subject(type, id))));
        return reported;
    }

    /**
     * Which of the subjects the signed-in person wrote, given each one's author (null: unknown), for screens that
     * offer "Rapportér" only on others' content: by the rule {@link #report} refuses own content with, so also what
     * they wrote under a person row since merged into theirs (or theirs into it). None for an anonymous visitor.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Subject> writtenByMe(Map<Subject, PersonId> authors) {
        return people.currentPerson().map(person -> own(authors, person.id())).orElse(Set.of());
    }

    /**
     * Staff hide the content with a reason; its open reports are closed. For content that is hidden already (by the
     * portal after reports, or by another staff member first) they confirm that it stays hidden, logged as such: their
     * reason then replaces the earlier one (or "hidden after reports").
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void hide(Subject subject, String reason) {
        locks.lock(subject);
        ModerationDecision decision = new ModerationDecision(me(), Reason.required(reason));
        ModeratedItem item = contents.existing(subject);
        contents.of(subject).hide(subject.id(), decision);
        decided(item.hidden() ? ModerationAction.KEEP_HIDDEN : ModerationAction.HIDE, subject, item, decision);
    }

    /**
     * Staff show hidden content again, optionally with a reason; its open reports are closed. For content that is
     * visible already (another staff member was first) that closing is all that happens, logged as a dismissal (the
     * public log says "shown again" only of what was hidden), and nothing at all happens when no report is open.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void restore(Subject subject, String reason) {
        locks.lock(subject);
        ModerationDecision decision = new ModerationDecision(me(), Reason.optional(reason).orElse(null));
        ModeratedItem item = contents.existing(subject);
        if (!item.hidden()) {
            if (reports.countOpenReporters(subject.type(), subject.id()) > 0) {
                decided(ModerationAction.DISMISS, subject, item, decision);
            }
            return;
        }
        contents.of(subject).show(subject.id(), decision);
        decided(ModerationAction.RESTORE, subject, item, decision);
    }

    /**
     * Staff find the open reports unfounded, optionally with a reason: the content stays as it is. Works for
     * content that is gone too; refused when there is no open report.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void dismiss(Subject subject, String reason) {
        locks.lock(subject);
        ModerationDecision decision = new ModerationDecision(me(), Reason.optional(reason).orElse(null));
        contents.of(subject);
        if (reports.countOpenReporters(subject.type(), subject.id()) == 0) {
            throw new InvalidInputException(Map.of("subject", "moderation.dismiss.nothing-open"));
        }
        Optional<ModeratedItem> item = contents.describe(subject);
        decided(ModerationAction.DISMISS, subject, item.map(ModeratedItem::title)
                .orElse(Phrase.of("moderation.item.gone")), item.map(ModeratedItem::author).orElse(null), decision);
    }

    /**
     * A module holds a piece of its content back for staff's approval (it has withheld it itself, e.g. with
     * {@link PreModeratedContent#holdForApproval}): it waits in the queue until staff {@link #approve} or
     * {@link #reject} it. Called in the module's transaction that stores the content, after its own checks.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForApproval(Subject subject) {
        contents.of(subject);
        awaiting.add(subject, clock.instant());
    }

    /**
     * Staff publish content that waits for their approval, optionally with a reason; refused (nothing changed) for
     * content that does not wait (any more: another staff member was first).
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void approve(Subject subject, String reason) {
        decideWaiting(ModerationAction.APPROVE, subject, Reason.optional(reason).orElse(null));
    }

    /**
     * Staff refuse content that waits for their approval, with the reason its author is told and sees in its place;
     * it stays hidden from everyone else. Refused as {@link #approve} is.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void reject(Subject subject, String reason) {
        decideWaiting(ModerationAction.REJECT, subject, Reason.required(reason));
    }

    /** The staff queue in one read: content waiting for approval, reported content with its open reports, and the latest decisions. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public ModerationQueue queue() {
        return new ModerationQueue(queue.awaitingItems(), queue.openItems(), journal.recent(RECENT_DECISIONS));
    }

    /**
     * How many pieces of content wait for staff's decision (those in the {@link #queue}): reported content and
     * content held for approval.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public long waiting() {
        return reports.countWaitingSubjects() + awaiting.count();
    }

    /** Every decision about one piece of content, oldest first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<ModerationLogLine> log(Subject subject) {
        return journal.about(subject);
    }

    private void decideWaiting(ModerationAction action, Subject subject, Reason reason) {
        locks.lock(subject);
        ModerationDecision decision = new ModerationDecision(me(), reason);
        ModeratedItem item = contents.existing(subject);
        if (!awaiting.remove(subject)) {
            throw new InvalidInputException(Map.of("subject", "moderation.approval.not-waiting"));
        }
        if (action == ModerationAction.APPROVE) {
            contents.of(subject).approve(subject.id(), decision);
        } else {
            contents.of(subject).reject(subject.id(), decision);
        }
        journal.write(action, subject, item.title(), decision, null, item.author(), Set.of());
    }

    private void decided(ModerationAction action, Subject subject, ModeratedItem item, ModerationDecision decision) {
        decided(action, subject, item.title(), item.author(), decision);
    }

    /** Closes the open reports and logs the decision, published with the content's author and those reporters. */
    private void decided(ModerationAction action, Subject subject, Phrase title, PersonId author,
                         ModerationDecision decision) {
        Set<PersonId> reporters = reports.openReporters(subject.type(), subject.id()).stream().map(PersonId::of)
                .collect(Collectors.toSet());
        reports.resolveOpen(subject.type(), subject.id(), clock.instant());
        journal.write(action, subject, title, decision, null, author, reporters);
    }

    /** Category and reason checked together, so a form empty of both is told of both at once. */
    private static Reason reportReason(ReportCategory category, String reason) {
        Map<String, String> problems = new HashMap<>();
        Reason given = null;
        try {
            given = Reason.required(reason);
        } catch (InvalidInputException refused) {
            problems.putAll(refused.fieldMessageKeys());
        }
        if (category == null) {
            problems.put("category", "moderation.report.category-required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return given;
    }

    /**
     * The subjects whose author is the person {@code me}: the same human as the author's row, also when one of the two
     * rows has since been merged into the other (both then stand for the same person).
     */
    private Set<Subject> own(Map<Subject, PersonId> authors, long me) {
        Map<Subject, PersonId> known = authors.entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (known.isEmpty()) {
            return Set.of();
        }
        Set<PersonId> ids = new HashSet<>(known.values());
        ids.add(PersonId.of(me));
        Map<PersonId, Author> standing = people.authors(ids);
        Author self = standing.get(PersonId.of(me));
        if (self == null) {
            return Set.of();
        }
        return known.entrySet().stream().filter(entry -> Optional.ofNullable(standing.get(entry.getValue()))
                .filter(author -> author.personId() == self.personId()).isPresent())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private long me() {
        return people.currentContributorId();
    }

    private static InvalidInputException reportedTwice() {
        return new InvalidInputException(Map.of("subject", "moderation.report.twice"));
    }
}
