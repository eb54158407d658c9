package dk.coi.portal.wiki;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.wiki.internal.NoticeRow;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiNotice;
import dk.coi.portal.wiki.internal.WikiNoticeRepository;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiWatch;
import dk.coi.portal.wiki.internal.WikiWatchRepository;
import dk.coi.portal.wiki.internal.WikiWatchSettings;
import dk.coi.portal.wiki.internal.WikiWatchSettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's watchlist: watching pages (for good or for a while), the notices changes to them
 * leave, and how the person wants mail about them. Looking at a page marks its notices read.
 */
@Service
public class WikiWatchService {

    private final WikiWatchRepository watches;
    private final WikiWatchSettingsRepository settings;
    private final WikiNoticeRepository notices;
    private final WikiPageRepository pages;
    private final WikiPageViews views;
    private final PersonService people;
    private final WikiAccess access;
    private final Clock clock;

    WikiWatchService(WikiWatchRepository watches, WikiWatchSettingsRepository settings, WikiNoticeRepository notices,
                     WikiPageRepository pages, WikiPageViews views, PersonService people, WikiAccess access, Clock clock) {
        this.watches = watches;
        this.settings = settings;
        this.notices = notices;
        this.pages = pages;
        this.views = views;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Puts the page on the watchlist, or changes how long it stays there. {@code language} is the one the
     * person reads the portal in; their first watch makes it the language of their mail.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WatchedPage watch(String title, WatchPeriod period, Locale language) {
        long person = me();
        WikiPage page = readable(title);
        Instant now = clock.instant();
        Instant expiry = Objects.requireNonNull(period).expiry(now);
        watches.watch(person, page.getId(), now, expiry);
        settings.createIfMissing(person, MailMode.EACH_CHANGE.name(),
                PortalLocales.fromTag(language.getLanguage()).getLanguage());
        return new WatchedPage(page.getTitle(), expiry, 0);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unwatch(String title) {
        long person = me();
        pages.findByTitle(WikiTitles.normalize(title))
                .ifPresent(page -> watches.deleteById(new WikiWatch.Key(person, page.getId())));
    }

    /** Whether the signed-in person watches the page now; empty for visitors and pages not watched. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WatchedPage> watching(String title) {
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return pages.findByTitle(WikiTitles.normalize(title))
                .flatMap(page -> watches.findById(new WikiWatch.Key(person.get().id(), page.getId()))
                        .filter(watch -> watch.activeAt(now))
                        .map(watch -> new WatchedPage(page.getTitle(), watch.getExpiresAt(), 0)));
    }

    /** The watched pages, by title, each with how many of its notices are unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WatchedPage> watchlist() {
        long person = me();
        Map<Long, Integer> unread = new HashMap<>();
        notices.countUnreadByPage(person).forEach(count -> unread.put(count.pageId(), (int) count.unread()));
        return watches.findWatchlist(person, clock.instant()).stream().map(row -> new WatchedPage(row.title(),
                row.watch().getExpiresAt(), unread.getOrDefault(row.watch().getPageId(), 0))).toList();
    }

    /** The latest notices, newest first, read or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WatchNotice> notices(int limit) {
        List<NoticeRow> rows = notices.findForPerson(me(), Limit.of(Math.max(1, Math.min(limit, 500))));
        Map<Long, String> credits = views.credits(rows.stream().map(row -> row.notice().getActorId()).toList());
        return rows.stream().map(row -> {
            WikiNotice notice = row.notice();
            return new WatchNotice(notice.getId(), row.title(), notice.getKind(), notice.getRevision(),
                    notice.getCommentId(), notice.getActorId(), credits.get(notice.getActorId()),
                    notice.getCreatedAt(), notice.getSummary(), notice.getReadAt() != null);
        }).toList();
    }

    /** How many notices the signed-in person has not read; 0 for visitors. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return people.currentPerson().map(person -> notices.countUnread(person.id())).orElse(0);
    }

    /**
     * The signed-in person has looked at the page (or a change or discussion of it): its notices are read, and
     * mail about it may come again. Nothing for visitors.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeen(String title) {
        people.currentPerson().ifPresent(person -> pages.findByTitle(WikiTitles.normalize(title))
                .ifPresent(page -> notices.markRead(person.id(), page.getId(), clock.instant())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notices.markAllRead(me(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WatchSettings settings() {
        return settings.findById(me())
                .map(row -> new WatchSettings(row.getMailMode(), PortalLocales.fromTag(row.getLanguage())))
                .orElse(new WatchSettings(MailMode.EACH_CHANGE, PortalLocales.DANISH));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeSettings(WatchSettings chosen) {
        if (chosen == null || chosen.mailMode() == null || chosen.language() == null
                || !PortalLocales.SUPPORTED.contains(chosen.language())) {
            throw new InvalidInputException(Map.of("settings", "wiki.watch.settings.invalid"));
        }
        long person = me();
        String language = chosen.language().getLanguage();
        settings.findById(person).ifPresentOrElse(row -> row.change(chosen.mailMode(), language),
                () -> settings.save(new WikiWatchSettings(person, chosen.mailMode(), language)));
    }

    private WikiPage readable(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).filter(page -> !page.isDeleted())
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
    }

    private long me() {
        return access.currentPersonId();
    }
}
