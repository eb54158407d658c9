package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.ui.ChangeLines;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.wiki.PageActions;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.PageScreen;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowState;
import dk.coi.portal.notification.ui.FollowControl;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shared.ui.TableOfContents;

/**
 * A wiki page for reading: its text, categories, who edited it last, its stewardship state and links to the
 * tools for it. Redirects are followed (say {@code ?omdiriger=nej} to see the redirect itself); a category
 * page also lists the pages in the category.
 */
@Route(WikiRoutes.PAGE)
@AnonymousAllowed
class PageView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    static final String REDIRECTED_FROM = "fra";
    static final String NO_REDIRECT = "omdiriger";

    /** A page is watched, in MediaWiki's words. */
    private static final FollowControl.Words WATCH_WORDS = new FollowControl.Words("watch", "wiki.watch.start",
            "wiki.watch.started", "wiki.watch.watching", "wiki.watch.watching-until", "wiki.watch.stop",
            "wiki.watch.stopped");

    private final WikiScreens screens;
    private final WikiWatchService watchlist;
    private String title = "";

    PageView(WikiScreens screens, WikiWatchService watchlist) {
        this.screens = screens;
        this.watchlist = watchlist;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        PageScreen screen = screens.page(PageTitleParameter.of(event));
        title = screen.title();
        Optional<WikiPageView> page = screen.page();
        if (page.isPresent() && page.get().isRedirect() && query.getSingleParameter(NO_REDIRECT).isEmpty()
                && query.getSingleParameter(REDIRECTED_FROM).isEmpty()) {
            event.forwardTo(Navigation.routerPath(WikiTitles.path(page.get().redirectTarget())),
                    QueryParameters.of(REDIRECTED_FROM, page.get().title()));
            return;
        }
        removeAll();
        H1 heading = new H1(title);
        // The page's title is its content's words, in Danish (WCAG 3.1.2).
        ContentLanguage.danish(heading);
        add(heading);
        SavedEdit.takeFor(event.getUI(), title).ifPresent(saved -> confirmSave(event.getUI(), heading));
        query.getSingleParameter(REDIRECTED_FROM).filter(from -> screens.redirectsTo(from, screen.title()))
                .ifPresent(from -> {
            add(redirectedFrom(from));
            // Vaadin writes a forwarded path's escapes encoded once more; give the address bar the real address.
            event.getUI().getPage().getHistory().replaceState(null, WikiTitles.path(title) + "?"
                    + QueryParameters.of(REDIRECTED_FROM, from).getQueryString());
        });
        page.ifPresentOrElse(found -> show(found, screen), () -> showMissing(screen.may()));
        if (WikiTitles.isCategory(title)) {
            showCategoryMembers(screen.categoryMembers());
        }
    }

    /** After a save: said at the top, where the reader is taken, with focus on the page's heading. */
    private void confirmSave(UI ui, H1 heading) {
        Paragraph saved = new Paragraph(getTranslation("wiki.page.saved"));
        saved.setId("page-saved");
        saved.getElement().setAttribute("role", "status");
        add(saved);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
        ui.getPage().executeJs("window.scrollTo(0, 0)");
    }

    private Paragraph redirectedFrom(String from) {
        Anchor redirect = new Anchor(WikiTitles.path(from) + "?" + NO_REDIRECT + "=nej", from);
        Paragraph note = new Paragraph(getTranslation("wiki.page.redirected-from") + " ");
        note.add(redirect, new Text(")"));
        note.addClassName("portal-card-meta");
        note.setId("redirected-from");
        return note;
    }

    /** Watching the page by its title, through the watchlist. */
    private FollowControl.Target watching(String title) {
        return new FollowControl.Target() {
            @Override
            public FollowState follow(FollowPeriod period, Locale language) {
                return new FollowState(watchlist.watch(title, period, language).expiresAt());
            }

            @Override
            public void unfollow() {
                watchlist.unwatch(title);
            }
        };
    }

    private void show(WikiPageView page, PageScreen screen) {
        add(actions(page, screen));
        watchlist.markSeen(page);
        if (screen.may().watch()) {
            add(new FollowControl(watching(page.title()), WATCH_WORDS,
                    screen.watched().map(watched -> new FollowState(watched.expiresAt()))));
        }
        if (page.deleted()) {
            add(notice("page-deleted", getTranslation("wiki.page.deleted")));
            if (!screen.may().steward()) {
                return;
            }
        }
        if (page.protection() == PageProtection.STAFF) {
            add(notice("page-protected", getTranslation("wiki.page.protected")));
        }
        if (page.reviewRequired()) {
            add(notice("page-reviewed", getTranslation("wiki.page.review-required")
                    + (screen.pendingReviews() > 0
                    ? " " + getTranslation("wiki.page.review-waiting", screen.pendingReviews()) : "")));
        }
        TableOfContents.linkWords(page.headings(), getTranslation("sections.link")).ifPresent(this::add);
        TableOfContents.of(page.headings(), getTranslation("toc.label")).ifPresent(this::add);
        Div content = SafeHtmlContent.prose(page.html());
        content.setId("page-content");
        add(content);
        if (!page.categories().isEmpty()) {
            add(categories(page.categories()));
        }
        String editor = page.lastEditor() == null ? getTranslation("person.erased") : page.lastEditor();
        Paragraph lastEdit = new Paragraph(getTranslation("wiki.page.last-edit", editor,
                ChangeLines.time(page.lastEdited(), getLocale())));
        lastEdit.addClassName("portal-card-meta");
        lastEdit.setId("last-edit");
        add(lastEdit);
    }

    private Nav actions(WikiPageView page, PageScreen screen) {
        Nav actions = new Nav();
        actions.addClassName("portal-page-actions");
        actions.getElement().setAttribute("aria-label", getTranslation("wiki.page.actions"));
        if (screen.may().edit()) {
            actions.add(link(WikiRoutes.edit(page.title()), "wiki.page.edit", "edit-page"));
        }
        actions.add(link(WikiRoutes.history(page.title()), "wiki.page.history", "page-history"));
        if (!page.deleted()) {
            Anchor discussion = new Anchor(WikiRoutes.talk(page.title()),
                    getTranslation("wiki.page.talk", screen.talkComments()));
            discussion.setId("page-talk");
            actions.add(discussion);
        }
        actions.add(link(WikiRoutes.linksHere(page.title()), "wiki.page.links-here", "what-links-here"));
        if (screen.may().move()) {
            actions.add(link(WikiRoutes.move(page.title()), "wiki.page.move", "move-page"));
        }
        if (screen.may().steward()) {
            actions.add(link(WikiRoutes.steward(page.title()), "wiki.page.steward", "steward-page"));
        }
        // Whoever may watch the page is signed in and has a watchlist: it is one step from every page.
        if (screen.may().watch()) {
            actions.add(link(WikiRoutes.WATCHLIST, "wiki.watchlist.title", "page-watchlist"));
        }
        return actions;
    }

    private Anchor link(String path, String key, String id) {
        Anchor anchor = new Anchor(path, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    private static Paragraph notice(String id, String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("portal-alert");
        notice.setId(id);
        return notice;
    }

    private Nav categories(List<String> names) {
        Nav box = new Nav();
        box.setId("page-categories");
        box.addClassName("portal-categories");
        box.getElement().setAttribute("aria-label", getTranslation("wiki.page.categories"));
        box.add(new Paragraph(getTranslation("wiki.page.categories")));
        UnorderedList list = new UnorderedList();
        names.forEach(name -> list.add(new ListItem(new Anchor(WikiTitles.path(WikiTitles.categoryPage(name)), name))));
        box.add(list);
        return box;
    }

    private void showCategoryMembers(List<String> members) {
        String category = WikiTitles.normalize(title.substring(WikiTitles.CATEGORY_PREFIX.length()));
        add(new H2(getTranslation("wiki.category.members", category)));
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.category.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("category-members");
        members.forEach(member -> list.add(new ListItem(new Anchor(WikiTitles.path(member), member))));
        add(list);
    }

    private void showMissing(PageActions may) {
        Div missing = new Div(new Paragraph(getTranslation("wiki.page.missing")));
        missing.addClassName("portal-coming-soon");
        if (may.create()) {
            Anchor create = new Anchor(WikiRoutes.edit(title), getTranslation("wiki.page.create"));
            create.setId("create-page");
            missing.add(create);
        }
        add(missing);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("wiki.title") + " | " + getTranslation("app.name");
    }
}
