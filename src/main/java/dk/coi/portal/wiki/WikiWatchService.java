package dk.coi.portal.wiki;

import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Followed;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's watchlist: wiki pages followed through the notification module (for good or for a
 * while) and the notices their changes leave. Looking at a page marks its notices read, its talk page those of
 * its talk (see {@link #markSeen(String)}).
 */
@Service
public class WikiWatchService {

    private final FollowService follows;
    private final WikiPageRepository pages;

    WikiWatchService(FollowService follows, WikiPageRepository pages) {
        this.follows = follows;
        this.pages = pages;
    }

    /**
     * Puts the page on the watchlist, or changes how long it stays there. {@code language} is the one the
     * person reads the portal in; their first watch makes it the language of their mail.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WatchedPage watch(String title, FollowPeriod period, Locale language) {
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title)).filter(found -> !found.isDeleted())
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
        return watched(follows.follow(WikiSubjects.page(page.pageId()), period, language));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unwatch(String title) {
        pageId(title).ifPresent(id -> follows.unfollow(WikiSubjects.page(id)));
    }

    /** Whether the signed-in person watches the page now; empty for visitors and pages not watched. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WatchedPage> watching(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).filter(page -> !page.isDeleted())
                .flatMap(page -> watching(new WikiPageRef(page.getId(), page.getTitle())));
    }

    /** As {@link #watching(String)}, for a page the caller has found. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WatchedPage> watching(WikiPageRef page) {
        return follows.state(WikiSubjects.page(page.id()))
                .map(state -> new WatchedPage(page.title(), state.expiresAt(), 0));
    }

    /** The watched pages, by title, each with how many of its notices are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WatchedPage> watchlist() {
        return follows.follows(WikiSubjects.PAGE).stream().map(WikiWatchService::watched).toList();
    }

    /**
     * The latest notices of the pages watched now, newest first, read or not: a page no longer watched drops out of
     * the watchlist with its changes, as in MediaWiki (its notices stay on the notices page).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> notices(int limit) {
        return follows.followedNotices(WikiSubjects.PAGE, limit);
    }

    /**
     * The signed-in person has looked at the page: its edit and deletion notices are read,
     * and mail about them may come again; its talk comments' notices stay unread until its talk page is seen,
     * as in MediaWiki, where a page and its talk page are watched and seen apart. A deleted page's notices are
     * all read, as its deletion notice stands for them while the page is gone (its talk page cannot be seen):
     * an undeletion brings back none as unread that the person had put behind them. Nothing for visitors.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeen(String title) {
        pages.findByTitle(WikiTitles.normalize(title)).ifPresent(page -> markPageSeen(page.pageId(),
                page.isDeleted()));
    }

    /** As {@link #markSeen(String)}, for a page the caller has found. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeen(WikiPageView page) {
        markPageSeen(PageId.of(page.id()), page.deleted());
    }

    /**
     * The signed-in person has looked at one change of the page (a diff): the notices of that edit and older
     * ones are read, newer edits' stay unread, as in MediaWiki. Nothing for visitors.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markChangeSeen(String title, long revision) {
        pageId(title).ifPresent(id -> follows.markSeenUpTo(WikiSubjects.page(id), WikiSubjects.NoticeKind.EDITS, revision));
    }

    /** The signed-in person has looked at the page's talk page: its comments' notices are read. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markTalkSeen(String title) {
        pageId(title).ifPresent(id -> follows.markSeen(WikiSubjects.page(id), WikiSubjects.NoticeKind.TALK));
    }

    private void markPageSeen(PageId page, boolean deleted) {
        if (deleted) {
            follows.markSeen(WikiSubjects.page(page));
        } else {
            follows.markSeen(WikiSubjects.page(page), WikiSubjects.NoticeKind.PAGE);
        }
    }

    private Optional<PageId> pageId(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).map(WikiPage::pageId);
    }

    private static WatchedPage watched(Followed followed) {
        return new WatchedPage(followed.title(), followed.expiresAt(), followed.unread());
    }
}
