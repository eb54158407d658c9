package dk.coi.portal.wiki;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.wiki.internal.WatchNotifier;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiEditRules;
import dk.coi.portal.wiki.internal.WikiLog;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiRevision;
import dk.coi.portal.wiki.internal.WikiRevisionRepository;
import dk.coi.portal.wiki.internal.WikiWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looking after pages: moving them (leaving a redirect), protecting them, deleting and undeleting them,
 * rolling back a run of edits and patrolling edits. Every action except patrolling is in the public log.
 */
@Service
public class WikiStewardshipService {

    /** How far back a rollback looks for an edit by someone else. */
    private static final int ROLLBACK_DEPTH = 500;

    private final WikiPageRepository pages;
    private final WikiRevisionRepository revisions;
    private final WikiLog log;
    private final WikiWriter writer;
    private final WikiEditRules rules;
    private final WikiAccess access;
    private final WikiPageViews views;
    private final WatchNotifier notifier;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WikiStewardshipService(WikiPageRepository pages, WikiRevisionRepository revisions, WikiLog log,
                           WikiWriter writer, WikiEditRules rules, WikiAccess access, WikiPageViews views,
                           WatchNotifier notifier, TransactionTemplate transactions, Clock clock) {
        this.notifier = notifier;
        this.transactions = transactions;
        this.pages = pages;
        this.revisions = revisions;
        this.log = log;
        this.writer = writer;
        this.rules = rules;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Renames a page, keeping its history, protection and review, and optionally leaves a redirect under the old
     * title (unless that title can no longer be used). Refused onto an existing title, for a protected or
     * reviewed page unless staff, and when the page changed meanwhile. The redirect is its own revision (Envers
     * keeps one revision per transaction), written right after the move, and is protected and reviewed as the
     * page was, so the old address stays guarded.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public WikiPageView move(String title, String newTitle, boolean leaveRedirect, String reason, long baseVersion) {
        long person = access.currentPersonId();
        String oldTitle = WikiTitles.normalize(title);
        String target = WikiTitles.normalize(newTitle);
        WikiTitles.problem(target).ifPresent(key -> {
            throw new InvalidInputException(Map.of("newTitle", key));
        });
        String cleanReason = Reason.optional(reason).map(Reason::text).orElse(null);
        Phrase summary = cleanReason == null ? Phrase.of("wiki.summary.moved", oldTitle, target)
                : Phrase.of("wiki.summary.moved-because", oldTitle, target, cleanReason);
        Phrase facts = Phrase.of("wiki.summary.moved", oldTitle, target);
        WikiPageView moved = transactions.execute(status -> rename(oldTitle, target, summary, facts, cleanReason,
                person, baseVersion));
        // A title that can no longer be used (one from before the title rules) gets no redirect: none could reach it.
        if (leaveRedirect && WikiTitles.problem(oldTitle).isEmpty()) {
            transactions.executeWithoutResult(status -> leaveRedirect(oldTitle, moved, summary, person));
        }
        return moved;
    }

    private WikiPageView rename(String oldTitle, String target, Phrase summary, Phrase facts, String reason,
                                long person, long baseVersion) {
        WikiPage page = existing(oldTitle);
        rules.checkMayMove(page);
        rules.checkMayChange(page);
        if (target.equals(page.getTitle())) {
            throw new InvalidInputException(Map.of("newTitle", "wiki.move.same-title"));
        }
        if (pages.findByTitle(target).isPresent()) {
            throw new InvalidInputException(Map.of("newTitle", "wiki.move.target-exists"));
        }
        if (page.getVersion() != baseVersion) {
            throw new EditConflictException(views.view(page, true), null);
        }
        Instant now = clock.instant();
        writer.rename(page, target, change(person, summary, now).logged());
        log.write(now, person, WikiLogAction.MOVE, page.getId(), target, facts, reason);
        pages.flush();
        return views.view(page, true);
    }

    private void leaveRedirect(String oldTitle, WikiPageView moved, Phrase summary, long person) {
        Instant now = clock.instant();
        writer.create(oldTitle, "#OMDIRIGER [[" + moved.title() + "]]", change(person, summary, now).logged());
        if (moved.protection() != PageProtection.NONE || moved.reviewRequired()) {
            WikiPage redirect = pages.findByTitle(oldTitle).orElseThrow();
            redirect.protect(moved.protection(), moved.reviewRequired());
            log.write(now, person, WikiLogAction.PROTECT, redirect.getId(), oldTitle,
                    Phrase.of("wiki.log.protection-of-redirect", who(moved.protection()),
                            review(moved.reviewRequired()), moved.title()), null);
        }
    }

    /** Sets who may edit the page and whether edits by others than staff wait for review. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void protect(String title, PageProtection protection, boolean requireReview, String reason) {
        WikiPage page = existing(title);
        String cleanReason = Reason.required(reason).text();
        page.protect(Objects.requireNonNull(protection), requireReview);
        log.write(clock.instant(), access.currentPersonId(), WikiLogAction.PROTECT, page.getId(),
                page.getTitle(), Phrase.of("wiki.log.protection", who(protection), review(requireReview)),
                cleanReason);
    }

    private static Phrase who(PageProtection protection) {
        return Phrase.of(protection.labelKey());
    }

    private static Phrase review(boolean required) {
        return Phrase.of(required ? "wiki.log.reviewed" : "wiki.log.not-reviewed");
    }

    /**
     * Hides the page from readers and search; its history is kept and staff can undelete it. Its watchers are
     * told, with the reason, as MediaWiki tells them.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void delete(String title, String reason) {
        WikiPage page = existing(title);
        if (page.isDeleted()) {
            throw new InvalidInputException(Map.of("title", "wiki.edit.page-deleted"));
        }
        String cleanReason = Reason.required(reason).text();
        long staff = access.currentPersonId();
        Instant now = clock.instant();
        page.markDeleted(now);
        log.write(now, staff, WikiLogAction.DELETE, page.getId(), page.getTitle(), null, cleanReason);
        notifier.deleted(page.pageId(), PersonId.of(staff), cleanReason, now);
    }

    /**
     * Shows a deleted page again. As in MediaWiki the restore is also an edit: a new revision of the unchanged
     * text, credited to the staff member, with the reason as its summary, so history and watchers see it.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void undelete(String title, String reason) {
        WikiPage page = existing(title);
        if (!page.isDeleted()) {
            throw new InvalidInputException(Map.of("title", "wiki.undelete.not-deleted"));
        }
        String cleanReason = Reason.required(reason).text();
        long staff = access.currentPersonId();
        Instant now = clock.instant();
        page.undelete();
        writer.edit(page, page.getContent(),
                change(staff, Phrase.of("wiki.summary.undeleted", cleanReason), now).logged());
        log.write(now, staff, WikiLogAction.UNDELETE, page.getId(), page.getTitle(), null,
                cleanReason);
    }

    /** A page by its id, also a deleted one or one whose title no address can carry. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public Optional<WikiPageView> page(long id) {
        return pages.findById(id).map(page -> views.view(page, true));
    }

    /**
     * Pages whose title breaks today's rules (saved before them, e.g. with ";" or "%"), so no address reaches
     * them; staff move them to a usable title by their id.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<WikiPageRef> pagesWithUnusableTitles() {
        return pages.findAllTitles().stream().filter(page -> WikiTitles.problem(page.title()).isPresent()).toList();
    }

    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<String> deletedPages() {
        return pages.findByDeletedAtIsNotNullOrderByTitleAsc().stream().map(WikiPage::getTitle).toList();
    }

    /**
     * Reverts every consecutive latest edit by the page's last author to the last version by someone else,
     * in one new revision, and marks the reverted edits patrolled. {@code lastRevision} is the newest revision
     * the staff member saw, so a rollback never reverts an edit they have not seen.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public WikiPageView rollback(String title, long lastRevision) {
        WikiPage page = existing(title);
        rules.checkMayChange(page);
        List<WikiRevision> newestFirst = revisions.findOlderThan(page.getId(), Long.MAX_VALUE, Limit.of(ROLLBACK_DEPTH));
        if (newestFirst.isEmpty() || newestFirst.getFirst().getId() != lastRevision) {
            throw new EditConflictException(views.view(page, true), null);
        }
        Long rolledBack = newestFirst.getFirst().getPersonId();
        WikiRevision restoreTo = newestFirst.stream()
                .filter(revision -> !Objects.equals(revision.getPersonId(), rolledBack)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("rollback", "wiki.rollback.only-author")));
        long staff = access.currentPersonId();
        String content = views.contentAt(page, restoreTo.getId()).orElseThrow();
        newestFirst.stream().takeWhile(revision -> revision.getId() > restoreTo.getId())
                .forEach(revision -> revision.markPatrolled(staff));
        // No name in the summary: it must not outlive the author's erasure.
        Phrase summary = Phrase.of("wiki.summary.rolled-back", restoreTo.getId());
        Instant now = clock.instant();
        if (!content.equals(page.getContent())) {
            writer.edit(page, content, change(staff, summary, now));
        }
        log.write(now, staff, WikiLogAction.ROLLBACK, page.getId(), page.getTitle(), summary, null);
        pages.flush();
        return views.view(page, true);
    }

    /** Marks an edit as checked by staff. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void markPatrolled(long revision) {
        revisions.findById(revision)
                .orElseThrow(() -> new InvalidInputException(Map.of("revision", "wiki.restore.unknown")))
                .markPatrolled(access.currentPersonId());
    }

    /** The public log of stewardship actions and of hidden and shown talk comments, newest first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<WikiLogLine> log(int limit) {
        return log.latest(limit);
    }

    private WikiPage existing(String title) {
        return pages.findByTitle(WikiTitles.normalize(title))
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
    }

    /** A stewardship change by the person; staff's own changes count as patrolled, as their edits do. */
    private WikiWriter.Change change(long staffOrAuthor, Phrase summary, Instant at) {
        return new WikiWriter.Change(staffOrAuthor, EditSummary.of(summary), false,
                access.isStaff() ? staffOrAuthor : null, at);
    }
}
