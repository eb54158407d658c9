package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.wiki.MailMode;
import dk.coi.portal.wiki.WatchNotice;
import dk.coi.portal.wiki.WatchSettings;
import dk.coi.portal.wiki.WatchedPage;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import dk.coi.portal.shared.ui.FormStatus;

/**
 * The signed-in person's watchlist: changes to watched pages (unread ones marked), the pages watched and
 * until when, and how mail about them should come.
 */
@Route("wiki/overvaagning")
@PermitAll
class WatchlistView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    static final int NOTICES_SHOWN = 100;

    private final WikiWatchService watchlist;
    private final FormStatus status = new FormStatus("watchlist-status");

    WatchlistView(WikiWatchService watchlist) {
        this.watchlist = watchlist;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setText("");
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("wiki.watchlist.title")), status);
        addNotices();
        addWatchedPages();
        addMailSettings();
    }

    private void addNotices() {
        add(new H2(getTranslation("wiki.watchlist.changes")));
        List<WatchNotice> notices = watchlist.notices(NOTICES_SHOWN);
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.watchlist.no-changes")));
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("watch-notices");
        notices.forEach(notice -> list.add(lineOf(notice)));
        Button allRead = new Button(getTranslation("wiki.watchlist.mark-all-read"), click -> {
            watchlist.markAllRead();
            build();
            status.done(getTranslation("wiki.watchlist.all-read"));
        });
        allRead.setId("mark-all-read");
        allRead.setEnabled(notices.stream().anyMatch(notice -> !notice.read()));
        add(allRead, list);
    }

    private ListItem lineOf(WatchNotice notice) {
        String page = WikiTitles.path(notice.pageTitle());
        Anchor what = notice.kind() == WatchNotice.Kind.COMMENT
                ? new Anchor(page + "/diskussion#kommentar-" + notice.commentId(), getTranslation("wiki.watchlist.commented"))
                : new Anchor(page + "/forskel?til=" + notice.revision(), getTranslation("wiki.watchlist.edited"));
        ListItem item = new ListItem();
        if (!notice.read()) {
            Span unread = new Span(getTranslation("wiki.watchlist.new"));
            unread.addClassName("portal-tag");
            item.add(unread, ChangeLines.separator());
            item.addClassName("portal-unread");
        }
        item.add(new Span(ChangeLines.time(notice.time(), getLocale())), ChangeLines.separator(),
                new Anchor(page, notice.pageTitle()), ChangeLines.separator(), what, ChangeLines.separator(),
                ChangeLines.author(notice.actor(), notice.actorId()));
        if (notice.summary() != null && !notice.summary().isBlank()) {
            item.add(ChangeLines.separator(), new Span(notice.summary()));
        }
        return item;
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
            Span until = new Span(page.expiresAt() == null ? getTranslation("wiki.watchlist.permanent")
                    : getTranslation("wiki.watchlist.until", ChangeLines.time(page.expiresAt(), getLocale())));
            Button stop = new Button(getTranslation("wiki.watch.stop"), click -> {
                watchlist.unwatch(page.title());
                build();
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

    private void addMailSettings() {
        WatchSettings current = watchlist.settings();
        RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>(getTranslation("wiki.watchlist.mail"));
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        mode.setValue(current.mailMode());
        mode.setId("mail-mode");
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("wiki.watchlist.mail-language"));
        language.setItems(PortalLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language.name." + locale.getLanguage()));
        language.setValue(current.language());
        language.setId("mail-language");
        Button save = new Button(getTranslation("wiki.watchlist.save-settings"), click -> status.attempt(
                () -> watchlist.changeSettings(new WatchSettings(mode.getValue(), language.getValue())), () -> { },
                "wiki.watchlist.settings-saved"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-watch-settings");
        add(new H2(getTranslation("wiki.watchlist.mail-heading")), mode, language, save);
    }

    @Override
    public String titleKey() {
        return "wiki.watchlist.title";
    }
}
