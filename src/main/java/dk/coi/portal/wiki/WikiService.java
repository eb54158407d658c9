package dk.coi.portal.wiki;

import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.ThreeWayMerge;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.wiki.internal.PageStructure;
import dk.coi.portal.wiki.internal.PagePolicy;
import dk.coi.portal.wiki.internal.PreviewRateLimit;
import dk.coi.portal.wiki.internal.RecentChangeRow;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiEditRules;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiRevision;
import dk.coi.portal.wiki.internal.WikiRevisionRepository;
import dk.coi.portal.wiki.internal.WikiWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The innovation wiki: reading pages, saving named edits (one Envers revision each, crediting the signed-in
 * person with their summary and minor flag), and reading history, differences and recent changes.
 */
@Service
public class WikiService {

    public static final int MAX_CONTENT_BYTES = WikiEditRules.MAX_CONTENT_BYTES;
    public static final int MAX_SUMMARY_LENGTH = WikiEditRules.MAX_SUMMARY_LENGTH;
    public static final int MAX_LINKS_PER_TEXT = PageStructure.MAX_LINKS;
    private static final int LOST_RACE_ATTEMPTS = 2;
    private static final int DEADLOCK_ATTEMPTS = 3;

    private final WikiPageRepository pages;
    private final WikiRevisionRepository revisions;
    private final WikiWriter writer;
    private final WikiEditRules rules;
    private final WikiAccess access;
    private final WikiPageViews views;
    private final WikiReviewService review;
    private final TransactionTemplate transactions;
    private final PreviewRateLimit previewLimit;
    private final Clock clock;

    WikiService(WikiPageRepository pages, WikiRevisionRepository revisions, WikiWriter writer, WikiEditRules rules,
                WikiAccess access, WikiPageViews views, WikiReviewService review, TransactionTemplate transactions,
                PreviewRateLimit previewLimit, Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.writer = writer;
        this.rules = rules;
        this.access = access;
        this.views = views;
        this.review = review;
        this.transactions = transactions;
        this.previewLimit = previewLimit;
        this.clock = clock;
    }

    /** The page; a deleted page's text is only shown to staff. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WikiPageView> page(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).map(page -> views.view(page, access.isStaff()));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> allTitles() {
        return pages.findReadableTitlesInOrder();
    }

    /** Every page that is read at its own address (not deleted, not a redirect), for search engines' sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ReadablePage> readablePages() {
        return pages.findReadableHeads().stream().filter(page -> !page.isRedirect())
                .map(page -> new ReadablePage(page.title(), page.updatedAt())).toList();
    }

    /**
     * Saves an edit as the signed-in person, creating the page when it does not exist. Refuses bad input,
     * edits without a change, and edits of deleted, protected or reviewed pages the person may not publish
     * ({@link InvalidInputException}), and edits made on top of an older version ({@link EditConflictException}),
     * also when another save of the same page wins a race; in every refused case the stored page is unchanged.
     */
    @PreAuthorize("isAuthenticated()")
    public WikiPageView save(WikiEdit edit) {
        return save(edit, null).page();
    }

    /** A saved edit, and whether it was merged with a version saved meanwhile. */
    private record Saved(WikiPageView page, boolean merged) {
    }

    /** As {@link #save(WikiEdit)}, described by the portal ({@code automaticSummary}) rather than the person. */
    private Saved save(WikiEdit edit, Phrase automaticSummary) {
        for (int attempt = 1; ; attempt++) {
            try {
                return withDeadlockRetry(() -> transactions.execute(status -> publish(edit, automaticSummary)));
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException lostRace) {
                // Another save of the page committed in between: once more, now against it, so the edit is merged
                // three-way with it (or its overlaps shown) like any edit made on an older version.
                if (attempt == LOST_RACE_ATTEMPTS) {
                    WikiPageView current = transactions.execute(status -> pages.findByTitle(
                            WikiTitles.normalize(edit.title())).map(page -> views.view(page, access.isStaff()))
                            .orElseThrow(() -> lostRace));
                    throw new EditConflictException(current, null);
                }
            }
        }
    }

    /**
     * Runs a transaction again when the database chose it as a deadlock victim (InnoDB rolls the victim back
     * whole, so nothing of it is stored); a few tries, then the failure stands.
     */
    private static <T> T withDeadlockRetry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == DEADLOCK_ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    /**
     * Saves an edit, or, on a page that requires staff review and a person who is not staff, keeps it for
     * review instead.
     */
    @PreAuthorize("isAuthenticated()")
    public EditOutcome submit(WikiEdit edit) {
        boolean needsReview = pages.findByTitle(WikiTitles.normalize(edit.title()))
                .filter(page -> PagePolicy.editWaitsForReview(access.actor(), PagePolicy.PageState.of(page)))
                .isPresent();
        if (needsReview) {
            return new EditOutcome.AwaitingReview(review.propose(edit));
        }
        Saved saved = save(edit, null);
        return new EditOutcome.Published(saved.page(), saved.merged());
    }

    private Saved publish(WikiEdit edit, Phrase automaticSummary) {
        long author = access.currentPersonId();
        WikiEditRules.CleanEdit clean = rules.check(edit, author);
        EditSummary summary = automaticSummary != null ? EditSummary.of(automaticSummary) : EditSummary.of(clean.summary());
        WikiWriter.Change change = new WikiWriter.Change(author, summary, clean.minor(),
                access.isStaff() ? author : null, clock.instant());
        // Lock only a page that exists: a locking read of a missing title takes a gap lock in InnoDB, and two
        // people creating different pages at once would then deadlock on their inserts. A new page's title is
        // kept unique by the unique key instead.
        Optional<WikiPage> existing = pages.existsByTitle(clean.title())
                ? pages.findForUpdateByTitle(clean.title()) : Optional.empty();
        WikiPage page;
        boolean merged = false;
        if (existing.isPresent()) {
            page = existing.get();
            rules.checkMayChange(page);
            if (PagePolicy.editWaitsForReview(access.actor(), PagePolicy.PageState.of(page))) {
                throw new InvalidInputException(Map.of("content", "wiki.edit.review-required"));
            }
            String content = clean.content();
            if (clean.baseVersion() == null || page.getVersion() != clean.baseVersion()) {
                ThreeWayMerge.Result merge = ThreeWayMerge.merge(baseText(page, clean), content, page.getContent());
                if (!merge.clean()) {
                    throw new EditConflictException(views.view(page, true), merge);
                }
                content = merge.text();
                merged = true;
            }
            if (page.getContent().equals(content)) {
                throw new InvalidInputException(Map.of("content", "wiki.edit.no-change"));
            }
            writer.edit(page, content, change);
        } else {
            if (clean.baseVersion() != null) {
                throw new InvalidInputException(Map.of("title", "wiki.edit.page-gone"));
            }
            writer.create(clean.title(), clean.content(), change);
            page = pages.findByTitle(clean.title()).orElseThrow();
        }
        pages.flush();
        return new Saved(views.view(page, true), merged);
    }

    /**
     * The text the editor started from, for merging with what was saved meanwhile: its revision's text, nothing
     * when it started a page someone else created meanwhile, and otherwise (revision unknown or not this page's)
     * nothing either, so the two texts overlap whole and the person decides.
     */
    private String baseText(WikiPage page, WikiEditRules.CleanEdit edit) {
        if (edit.baseRevision() == null) {
            return "";
        }
        return views.contentAt(page, edit.baseRevision()).orElse("");
    }

    /** A page's history, newest first: {@code before} is the revision to continue after (0 for the newest). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<HistoryLine> history(String title, long before, int count) {
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title))
                .filter(found -> !found.isDeleted() || PagePolicy.mayReadDeleted(access.actor())).orElse(null);
        if (page == null) {
            return List.of();
        }
        // One more than asked for, so the oldest shown line also knows its size change.
        List<WikiRevision> rows = revisions.findOlderThan(page.getId(), before <= 0 ? Long.MAX_VALUE : before,
                Limit.of(Math.min(count, 500) + 1));
        Map<Long, String> credits = views.credits(rows.stream().map(WikiRevision::getPersonId).toList());
        List<HistoryLine> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(count, rows.size()); i++) {
            lines.add(views.historyLine(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1).getPageSize() : 0,
                    credits));
        }
        return lines;
    }

    /** Edits across the wiki in the last {@code days} days, newest first; see {@link RecentChangesQuery}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecentChange> recentChanges(RecentChangesQuery query) {
        long since = query.since(clock.instant()).toEpochMilli();
        List<RecentChangeRow> rows = revisions.findRecent(since, query.includeMinor(), query.personId(),
                categoryOf(query), query.onlyUnpatrolled(), Limit.of(query.boundedLimit()));
        Map<Long, String> credits = views.credits(rows.stream().map(RecentChangeRow::personId).toList());
        return rows.stream()
                .map(row -> new RecentChange(row.revision(), row.previousRevision(), row.pageTitle(), row.personId(),
                        credits.get(row.personId()), java.time.Instant.ofEpochMilli(row.timestamp()), row.summary(),
                        row.minor(), nullToZero(row.size()) - nullToZero(row.previousSize()),
                        row.patrolledBy() != null))
                .toList();
    }

    /** Shorthand for the common case: optionally only one person's, optionally without minor edits. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecentChange> recentChanges(int days, boolean includeMinor, Long personId, int limit) {
        RecentChangesQuery query = RecentChangesQuery.lastDays(days, limit).by(personId);
        return recentChanges(includeMinor ? query : query.withoutMinor());
    }

    /** The category a query names, as titles are kept, or null for every page. */
    static String categoryOf(RecentChangesQuery query) {
        return query.category() == null || query.category().isBlank() ? null : WikiTitles.normalize(query.category());
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The page as it was saved in a revision, rendered for reading. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SafeHtml> renderedAt(String title, long revision) {
        return readablePage(title).flatMap(page -> views.contentAt(page, revision)).map(views::render);
    }

    /**
     * The difference between two revisions of the page, or empty when either does not belong to it. With
     * {@code fromRevision} 0 the revision is compared with the one before it (with nothing, for the first).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WikiDiff> diff(String title, long fromRevision, long toRevision) {
        Optional<WikiPage> page = readablePage(title);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        long from = fromRevision > 0 ? fromRevision
                : revisions.findPreviousRevision(page.get().getId(), toRevision).orElse(0L);
        return views.difference(page.get(), from, toRevision).map(text -> new WikiDiff(from, toRevision, text));
    }

    private Optional<WikiPage> readablePage(String title) {
        return pages.findByTitle(WikiTitles.normalize(title))
                .filter(page -> !page.isDeleted() || PagePolicy.mayReadDeleted(access.actor()));
    }

    /**
     * Restores an old revision as a new edit by the signed-in person (summary "restored from revision N");
     * {@code baseVersion} is the page version the person saw, as for any edit.
     */
    @PreAuthorize("isAuthenticated()")
    public WikiPageView restore(String title, long revision, long baseVersion) {
        String old = transactions.execute(status -> {
            WikiPage page = readablePage(title)
                    .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
            return views.contentAt(page, revision)
                    .orElseThrow(() -> new InvalidInputException(Map.of("revision", "wiki.restore.unknown")));
        });
        return save(new WikiEdit(WikiTitles.normalize(title), old, null, false, baseVersion),
                Phrase.of("wiki.summary.restored", revision)).page();
    }

    /**
     * Live preview in the editor: the same rendering as the saved page, for text a save would accept; other
     * text, and previews past the person's allowance, are refused ({@link InvalidInputException}) rather than
     * rendered.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SafeHtml preview(String content) {
        if (!previewLimit.tryAcquire(access.currentPersonId())) {
            throw new InvalidInputException(Map.of("content", "wiki.preview.rate-limited"));
        }
        String clean = WikiEditRules.cleanContent(content);
        WikiEditRules.contentProblem(clean).ifPresent(key -> {
            throw new InvalidInputException(Map.of("content", key));
        });
        return views.render(clean);
    }
}
