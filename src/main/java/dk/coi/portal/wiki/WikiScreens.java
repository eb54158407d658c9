package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import dk.coi.portal.wiki.internal.PagePolicy;
import dk.coi.portal.wiki.internal.PageStructure;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiLog;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiPendingEditRepository;
import dk.coi.portal.wiki.internal.WikiRevision;
import dk.coi.portal.wiki.internal.WikiRevisionRepository;
import dk.coi.portal.wiki.internal.WikiTalkCommentRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of the wiki's screens: each screen gets what it shows, including what the current person may do
 * (decided by {@link PagePolicy}, the rules the services enforce), from one call in one read transaction.
 */
@Service
public class WikiScreens {

    private final WikiPageRepository pages;
    private final WikiPageViews views;
    private final WikiPendingEditRepository pendingEdits;
    private final WikiTalkCommentRepository comments;
    private final WikiRevisionRepository revisions;
    private final WikiService wiki;
    private final WikiAccess access;
    private final WikiLog log;
    private final WikiWatchService watchlist;
    private final Clock clock;

    WikiScreens(WikiPageRepository pages, WikiPageViews views, WikiPendingEditRepository pendingEdits,
                WikiTalkCommentRepository comments, WikiRevisionRepository revisions, WikiService wiki,
                WikiAccess access, WikiLog log, WikiWatchService watchlist, Clock clock) {
        this.log = log;
        this.watchlist = watchlist;
        this.clock = clock;
        this.pages = pages;
        this.views = views;
        this.pendingEdits = pendingEdits;
        this.comments = comments;
        this.revisions = revisions;
        this.wiki = wiki;
        this.access = access;
    }

    /** A page as its reader sees it, with what they may do; for a missing page, whether they may start it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PageScreen page(String title) {
        String normalized = WikiTitles.normalize(title);
        PagePolicy.Actor actor = access.actor();
        List<String> members = WikiTitles.isCategory(normalized)
                ? pages.findInCategory(WikiTitles.normalize(normalized.substring(WikiTitles.CATEGORY_PREFIX.length())))
                        .stream().map(WikiPage::getTitle).toList()
                : List.of();
        Optional<WikiPage> found = pages.findWithCategoriesByTitle(normalized);
        if (found.isEmpty()) {
            return new PageScreen(normalized, Optional.empty(), PagePolicy.actionsOnMissing(actor, normalized), 0, 0,
                    members, Optional.empty());
        }
        WikiPage page = found.get();
        int pending = page.isReviewRequired() ? pendingEdits.countByPageIdAndStatus(page.getId(), ReviewStatus.PENDING)
                : 0;
        long talk = page.isDeleted() ? 0 : comments.countByPageIdAndHiddenAtIsNull(page.getId());
        PageActions may = PagePolicy.actions(actor, PagePolicy.PageState.of(page));
        Optional<WatchedPage> watched = may.watch()
                ? watchlist.watching(new WikiPageRef(page.getId(), page.getTitle())) : Optional.empty();
        return new PageScreen(page.getTitle(), Optional.of(views.view(page, PagePolicy.mayReadDeleted(actor))), may,
                pending, talk, members, watched);
    }

    /**
     * Whether the readable page {@code from} redirects to {@code title}: only then does a page say it was reached
     * through it (the "fra" of its address is anybody's to write).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean redirectsTo(String from, String title) {
        return pages.findByTitle(WikiTitles.normalize(from)).filter(page -> !page.isDeleted())
                .flatMap(page -> PageStructure.redirectTargetOf(page.getContent()))
                .filter(target -> WikiTitles.normalize(target).equalsIgnoreCase(WikiTitles.normalize(title)))
                .isPresent();
    }

    /**
     * Two revisions of a page compared ({@code fromRevision} 0: with the one before {@code toRevision}), with
     * both revisions described and the neighbouring comparisons; empty when either is not the page's or the page
     * is not readable.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DiffScreen> diff(String title, long fromRevision, long toRevision) {
        Optional<WikiDiff> found = wiki.diff(title, fromRevision, toRevision);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WikiDiff diff = found.get();
        long pageId = pages.findByTitle(WikiTitles.normalize(title)).orElseThrow().getId();
        Map<Long, WikiRevision> described = revisions.findDescribed(List.of(diff.fromRevision(), diff.toRevision()))
                .stream().collect(Collectors.toMap(WikiRevision::getId, Function.identity()));
        Map<Long, String> credits = views.credits(described.values().stream().map(WikiRevision::getPersonId).toList());
        DiffScreen.Comparison older = diff.fromRevision() == 0 ? null : new DiffScreen.Comparison(
                revisions.findPreviousRevision(pageId, diff.fromRevision()).orElse(0L), diff.fromRevision());
        Optional<Long> afterTo = revisions.findNextRevision(pageId, diff.toRevision());
        return Optional.of(new DiffScreen(WikiTitles.normalize(title),
                card(described.get(diff.fromRevision()), pageId, credits),
                card(described.get(diff.toRevision()), pageId, credits),
                older,
                afterTo.map(newer -> new DiffScreen.Comparison(diff.toRevision(), newer)).orElse(null),
                diff.text()));
    }

    /**
     * A page as it was in a revision, with the revision described and its neighbours; empty when the revision is
     * not the page's or the page is not readable.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<RevisionScreen> revision(String title, long revision) {
        Optional<SafeHtml> html = wiki.renderedAt(title, revision);
        if (html.isEmpty()) {
            return Optional.empty();
        }
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title)).orElseThrow();
        WikiRevision row = revisions.findDescribed(List.of(revision)).getFirst();
        long pageId = page.getId();
        HistoryLine described = card(row, pageId, views.credits(java.util.Collections.singletonList(row.getPersonId())));
        Sections sections = Sections.of(html.get(), "/" + WikiRoutes.revision(page.getTitle(), revision));
        return Optional.of(new RevisionScreen(page.getTitle(), described, sections.html(),
                revisions.findPreviousRevision(pageId, revision).orElse(0L),
                revisions.findNextRevision(pageId, revision).orElse(0L),
                revisions.findLatestRevision(pageId).orElse(revision), sections.headings()));
    }

    /** A screenful of a page's history ({@code before}: the revision to continue after, 0 for the newest). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public HistoryScreen history(String title, long before, int count) {
        // One line more than shown tells whether there are older ones, and what the oldest shown is compared with.
        List<HistoryLine> read = wiki.history(title, before, count + 1);
        List<HistoryLine> lines = read.size() > count ? read.subList(0, count) : read;
        boolean mayRollback = !lines.isEmpty() && pages.findByTitle(WikiTitles.normalize(title))
                .map(page -> PagePolicy.actions(access.actor(), PagePolicy.PageState.of(page)).steward())
                .orElse(false);
        return new HistoryScreen(List.copyOf(lines), mayRollback, read.size() > count ? read.get(count).revision() : 0);
    }

    /**
     * Recent edits with the log's moves, protections, deletions and undeletions between them, newest first; when
     * the period has none, the latest {@link RecentChangesScreen#LATEST} under the same filters instead.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public RecentChangesScreen recentChanges(RecentChangesQuery asked) {
        boolean staff = access.isStaff();
        // Which edits nobody has checked yet is for staff, who patrol them.
        RecentChangesQuery query = asked.onlyUnpatrolled() && !staff ? new RecentChangesQuery(asked.days(),
                asked.includeMinor(), asked.personId(), asked.category(), false, asked.limit()) : asked;
        List<RecentActivity> activity = activity(query);
        RecentChangesQuery shown = activity.isEmpty() ? query.latest(RecentChangesScreen.LATEST) : query;
        if (shown != query) {
            activity = activity(shown);
        }
        // Said only when the latest were found: with filters nothing matches at all, only "no changes" is true.
        boolean latestInstead = shown != query && !activity.isEmpty();
        Map<Long, String> people = new LinkedHashMap<>();
        // The person filter offers everyone who acted in that time, and whoever it already shows.
        List<RecentActivity> everyone = shown.personId() == null ? activity : activity(shown.by(null));
        Stream.concat(everyone.stream(), activity.stream()).forEach(entry -> addPerson(people, entry));
        return new RecentChangesScreen(activity, latestInstead, people, staff);
    }

    private static void addPerson(Map<Long, String> people, RecentActivity entry) {
        switch (entry) {
            case RecentChange change when change.author() != null -> people.putIfAbsent(change.authorId(),
                    change.author());
            case WikiLogLine line when line.person() != null -> people.putIfAbsent(line.personId(), line.person());
            default -> { }
        }
    }

    private List<RecentActivity> activity(RecentChangesQuery query) {
        List<RecentActivity> merged = new ArrayList<>(wiki.recentChanges(query));
        if (!query.onlyUnpatrolled()) {
            String category = WikiService.categoryOf(query);
            merged.addAll(log.recentChanges(query.since(clock.instant()), query.personId(),
                    category == null ? null : pages.findIdsInCategory(category), query.boundedLimit()));
        }
        merged.sort(Comparator.comparing(RecentActivity::time).reversed());
        return List.copyOf(merged.subList(0, Math.min(merged.size(), query.boundedLimit())));
    }

    private HistoryLine card(WikiRevision revision, long pageId, Map<Long, String> credits) {
        if (revision == null) {
            return null;
        }
        int previousSize = revisions.findPreviousRevision(pageId, revision.getId()).flatMap(revisions::findById)
                .map(WikiRevision::getPageSize).orElse(0);
        return views.historyLine(revision, previousSize, credits);
    }
}
