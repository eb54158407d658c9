package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.notification.ui.NoticeList;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.WatchedPage;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import dk.coi.portal.shared.ui.ListScreen;

/**
 * The signed-in person's watchlist: changes to watched pages (unread ones marked), the pages watched and
 * until when, and the way to the mail settings.
 */
@Route(WikiRoutes.WATCHLIST)
@PermitAll
class WatchlistView extends ListScreen {

    private final WikiWatchService watchlist;

    WatchlistView(WikiWatchService watchlist) {
        super("watchlist-status");
        this.watchlist = watchlist;
    }

    @Override
    protected void addContent() {
        addNotices();
        addWatchedPages();
        addMailSettingsLink();
    }

    private void addNotices() {
        add(new H2(getTranslation("wiki.watchlist.changes")));
        List<Notice> notices = watchlist.notices(NoticeList.MOST);
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.watchlist.no-changes")));
            return;
        }
        add(new NoticeList(notices, "watch-notices"));
    }

    private void addWatchedPages() {
        add(new H2(getTranslation("wiki.watchlist.pages")));
        List<WatchedPage> pages = watchlist.watchlist();
        if (pages.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.watchlist.no-pages")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("watched-pages");
        for (WatchedPage page : pages) {
            // For good is said in the words the choice of how long was made with.
            Span until = new Span(page.expiresAt() == null ? getTranslation(FollowPeriod.PERMANENT.labelKey())
                    : getTranslation("wiki.watchlist.until", ChangeLines.time(page.expiresAt(), getLocale())));
            Button stop = new Button(getTranslation("wiki.watch.stop"), click -> {
                watchlist.unwatch(page.title());
                rebuild();
                status.done(getTranslation("wiki.watch.stopped-named", page.title()));
            });
            stop.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            stop.getElement().setAttribute("aria-label", getTranslation("wiki.watch.stop-named", page.title()));
            ListItem item = new ListItem(new Anchor(page.path(), page.title()), ChangeLines.separator(), until);
            if (page.unread() > 0) {
                item.add(ChangeLines.separator(), new Span(getTranslation("wiki.watchlist.unread", page.unread())));
            }
            item.add(ChangeLines.separator(), stop);
            list.add(item);
        }
        add(list);
    }

    /** Mail about watched pages is set where mail about everything followed is: on the notices page. */
    private void addMailSettingsLink() {
        Anchor settings = new Anchor(NotificationRoutes.NOTICES, getTranslation("wiki.watchlist.mail-settings"));
        settings.setId("mail-settings-link");
        add(new H2(getTranslation("wiki.watchlist.mail-heading")), new Paragraph(settings));
    }

    @Override
    public String titleKey() {
        return "wiki.watchlist.title";
    }
}
