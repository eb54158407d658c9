package dk.coi.portal.wiki.internal;

import dk.coi.portal.shell.PersonalNotices;
import dk.coi.portal.wiki.WikiWatchService;
import org.springframework.stereotype.Component;

/** The header's link to the watchlist, with the number of unread changes to watched pages. */
@Component
class WatchlistNotices implements PersonalNotices {

    private final WikiWatchService watchlist;

    WatchlistNotices(WikiWatchService watchlist) {
        this.watchlist = watchlist;
    }

    @Override
    public int unread() {
        return watchlist.unreadCount();
    }

    @Override
    public String path() {
        return "wiki/overvaagning";
    }

    @Override
    public String labelKey() {
        return "wiki.watchlist.short";
    }
}
