package dk.coi.portal.wiki;

import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiEditRules;
import dk.coi.portal.wiki.internal.WikiLog;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPendingEdit;
import dk.coi.portal.wiki.internal.WikiPendingEditRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff review of official pages: edits by people who are not staff wait here until staff publish them
 * (credited to their author) or reject them with a reason. Every decision is logged.
 */
@Service
public class WikiReviewService {

    private final WikiPendingEditRepository pendingEdits;
    private final WikiPageRepository pages;
    private final WikiLog log;
    private final WikiEditRules rules;
    private final WikiWriter writer;
    private final WikiAccess access;
    private final WikiPageViews views;
    private final Clock clock;

    WikiReviewService(WikiPendingEditRepository pendingEdits, WikiPageRepository pages, WikiLog log,
                      WikiEditRules rules, WikiWriter writer, WikiAccess access, WikiPageViews views, Clock clock) {
        this.pendingEdits = pendingEdits;
        this.pages = pages;
        this.log = log;
        this.rules = rules;
        this.writer = writer;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /** Keeps an edit of an existing page for review; the same input rules as a published edit apply. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long propose(WikiEdit edit) {
        long author = access.currentPersonId();
        WikiEditRules.CleanEdit clean = rules.check(edit, author);
        WikiPage page = pages.findByTitle(clean.title())
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
        rules.checkMayChange(page);
        if (clean.baseVersion() == null || page.getVersion() != clean.baseVersion()) {
            throw new EditConflictException(views.view(page, true), null);
        }
        if (page.getContent().equals(clean.content())) {
            throw new InvalidInputException(Map.of("content", "wiki.edit.no-change"));
        }
        return pendingEdits.save(new WikiPendingEdit(page.getId(), page.getVersion(), author, clean.content(),
                clean.summary(), clean.minor(), clock.instant())).getId();
    }

    /** Edits waiting for review, oldest first; {@code title} null for the whole wiki. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<PendingEdit> pending(String title) {
        List<WikiPendingEdit> rows = title == null
                ? pendingEdits.findByStatusOrderByIdAsc(ReviewStatus.PENDING)
                : pages.findByTitle(WikiTitles.normalize(title))
                        .map(page -> pendingEdits.findByPageIdAndStatusOrderByIdAsc(page.getId(),
                                ReviewStatus.PENDING))
                        .orElse(List.of());
        Map<Long, String> credits = views.credits(rows.stream().map(WikiPendingEdit::getPersonId).toList());
        Map<Long, WikiPage> byId = pagesOf(rows);
        return rows.stream().map(row -> {
            WikiPage page = byId.get(row.getPageId());
            return new PendingEdit(row.getId(), page.getTitle(), row.getPersonId(), credits.get(row.getPersonId()),
                    row.getCreatedAt(), row.getSummary(), page.getVersion() != row.getBaseVersion());
        }).toList();
    }

    /**
     * The signed-in person's own proposals, newest first, with staff's decision and note, so the author learns
     * why a change was not published.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Proposal> myProposals() {
        List<WikiPendingEdit> rows = pendingEdits.findByPersonIdOrderByIdDesc(access.currentPersonId());
        Map<Long, WikiPage> byId = pagesOf(rows);
        return rows.stream().map(row -> new Proposal(row.getId(), byId.get(row.getPageId()).getTitle(),
                row.getCreatedAt(), row.getSummary(), row.getStatus(), row.getReviewedAt(),
                row.getReviewNote())).toList();
    }

    private Map<Long, WikiPage> pagesOf(List<WikiPendingEdit> rows) {
        return pages.findAllById(rows.stream().map(WikiPendingEdit::getPageId).distinct().toList()).stream()
                .collect(Collectors.toMap(WikiPage::getId, Function.identity()));
    }

    /** How many edits of the page wait for review (shown to everyone, so authors know theirs is seen). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int pendingCount(String title) {
        return pages.findByTitle(WikiTitles.normalize(title))
                .map(page -> pendingEdits.countByPageIdAndStatus(page.getId(), ReviewStatus.PENDING))
                .orElse(0);
    }

    /** What a pending edit would change on the page as it is now. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public WikiDiff diff(long pendingEditId) {
        WikiPendingEdit edit = find(pendingEditId);
        WikiPage page = pages.findById(edit.getPageId()).orElseThrow();
        return new WikiDiff(0, 0, TextDiff.between(page.getContent(), edit.getContent()));
    }

    /** Publishes a pending edit as a revision credited to its author; refused when the page changed since. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public WikiPageView accept(long pendingEditId, String note) {
        WikiPendingEdit edit = undecided(pendingEditId);
        WikiPage page = pages.findById(edit.getPageId()).orElseThrow();
        rules.checkMayChange(page);
        if (page.getVersion() != edit.getBaseVersion()) {
            throw new InvalidInputException(Map.of("review", "wiki.review.outdated"));
        }
        long reviewer = access.currentPersonId();
        String cleanNote = Reason.optional(note).map(Reason::text).orElse(null);
        writer.edit(page, edit.getContent(), new WikiWriter.Change(edit.getPersonId(), EditSummary.of(edit.getSummary()),
                edit.isMinor(), reviewer, clock.instant()));
        edit.decide(ReviewStatus.ACCEPTED, reviewer, cleanNote, clock.instant());
        log.write(clock.instant(), reviewer, WikiLogAction.REVIEW_ACCEPT, page.getId(),
                page.getTitle(), null, cleanNote);
        pages.flush();
        return views.view(page, true);
    }

    /** Rejects a pending edit with a reason the author can read. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void reject(long pendingEditId, String reason) {
        WikiPendingEdit edit = undecided(pendingEditId);
        String cleanReason = Reason.required(reason).text();
        long reviewer = access.currentPersonId();
        edit.decide(ReviewStatus.REJECTED, reviewer, cleanReason, clock.instant());
        WikiPage page = pages.findById(edit.getPageId()).orElseThrow();
        log.write(clock.instant(), reviewer, WikiLogAction.REVIEW_REJECT, page.getId(),
                page.getTitle(), null, cleanReason);
    }

    private WikiPendingEdit undecided(long id) {
        WikiPendingEdit edit = find(id);
        if (edit.getStatus() != ReviewStatus.PENDING) {
            throw new InvalidInputException(Map.of("review", "wiki.review.already-decided"));
        }
        return edit;
    }

    private WikiPendingEdit find(long id) {
        return pendingEdits.findById(id)
                .orElseThrow(() -> new InvalidInputException(Map.of("review", "wiki.review.unknown")));
    }
}
