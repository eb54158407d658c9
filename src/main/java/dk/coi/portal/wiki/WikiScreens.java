package dk.coi.portal.wiki;

import dk.coi.portal.wiki.internal.PagePolicy;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiPendingEditRepository;
import dk.coi.portal.wiki.internal.WikiRevision;
import dk.coi.portal.wiki.internal.WikiRevisionRepository;
import dk.coi.portal.wiki.internal.WikiTalkCommentRepository;
import java.util.List;
import java.util.Map;
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

    WikiScreens(WikiPageRepository pages, WikiPageViews views, WikiPendingEditRepository pendingEdits,
                WikiTalkCommentRepository comments, WikiRevisionRepository revisions, WikiService wiki,
                WikiAccess access) {
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
        Optional<WikiPage> found = pages.findByTitle(normalized);
        if (found.isEmpty()) {
            return new PageScreen(normalized, Optional.empty(), PagePolicy.actionsOnMissing(actor, normalized), 0, 0,
                    members);
        }
        WikiPage page = found.get();
        int pending = page.isReviewRequired() ? pendingEdits.countByPageIdAndStatus(page.getId(), ReviewStatus.PENDING)
                : 0;
        long talk = page.isDeleted() ? 0 : comments.countByPageIdAndHiddenAtIsNull(page.getId());
        return new PageScreen(page.getTitle(), Optional.of(views.view(page, PagePolicy.mayReadDeleted(actor))),
                PagePolicy.actions(actor, PagePolicy.PageState.of(page)), pending, talk, members);
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

    private HistoryLine card(WikiRevision revision, long pageId, Map<Long, String> credits) {
        if (revision == null) {
            return null;
        }
        int previousSize = revisions.findPreviousRevision(pageId, revision.getId()).flatMap(revisions::findById)
                .map(WikiRevision::getPageSize).orElse(0);
        return views.historyLine(revision, previousSize, credits);
    }
}
