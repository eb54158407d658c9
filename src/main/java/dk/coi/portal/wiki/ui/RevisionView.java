package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.RevisionScreen;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.Optional;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.EditConflictException;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shared.ui.TableOfContents;

/** A page as it was in an old revision. */
@Route(WikiRoutes.REVISION)
@AnonymousAllowed
class RevisionView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiScreens screens;
    private final PersonService people;
    private String title = "";
    private String documentTitle = "";

    RevisionView(WikiService wiki, WikiScreens screens, PersonService people) {
        this.wiki = wiki;
        this.screens = screens;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        long revision = event.getRouteParameters().getLong("revision").orElse(0L);
        Optional<RevisionScreen> found = screens.revision(title, revision);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        RevisionScreen screen = found.get();
        title = screen.title();
        documentTitle = getTranslation("wiki.revision.title", title, String.valueOf(revision));
        removeAll();
        H1 heading = new H1(title);
        ContentLanguage.danish(heading);
        add(heading, info(screen));
        if (people.currentPerson().isPresent()) {
            wiki.page(title).ifPresent(current -> {
                Button restore = new Button(getTranslation("wiki.restore.button"), click -> restore(revision, current.version()));
                restore.setId("restore-revision");
                add(restore);
            });
        }
        TableOfContents.linkWords(screen.headings(), getTranslation("sections.link")).ifPresent(this::add);
        TableOfContents.of(screen.headings(), getTranslation("toc.label")).ifPresent(this::add);
        add(SafeHtmlContent.prose(screen.html()));
    }

    /** The same old-version box as the page for readers ({@code wiki/revision.jte}). */
    private Div info(RevisionScreen screen) {
        long number = screen.revision().revision();
        Paragraph notice = new Paragraph(getTranslation(screen.isCurrent() ? "wiki.revision.current-notice"
                : "wiki.revision.notice", String.valueOf(number)));
        Paragraph saved = new Paragraph(new Span(getTranslation("wiki.revision.saved",
                ChangeLines.time(screen.revision().time(), getLocale())) + " "),
                ChangeLines.author(screen.revision().author(), screen.revision().authorId(), WikiRoutes::contributions));
        saved.setId("revision-saved");
        Paragraph summary = new Paragraph(screen.revision().summary().isEmpty()
                ? getTranslation("wiki.diff.no-summary") : screen.revision().summary().words(this::getTranslation));
        summary.setId("revision-summary");
        summary.addClassName("portal-diff-summary");
        UnorderedList links = new UnorderedList();
        if (screen.hasOlder()) {
            links.add(link("revision-older", "wiki.revision.older", WikiRoutes.revision(title, screen.older())),
                    link("revision-diff-previous", "wiki.revision.diff-previous",
                            WikiRoutes.diff(title, screen.older(), number)));
        }
        if (screen.hasNewer()) {
            links.add(link("revision-newer", "wiki.revision.newer", WikiRoutes.revision(title, screen.newer())));
        }
        if (!screen.isCurrent()) {
            links.add(link("revision-diff-current", "wiki.revision.diff-current",
                    WikiRoutes.diff(title, number, screen.current())));
        }
        links.add(link("revision-current", "wiki.revision.current", WikiRoutes.page(title)));
        Nav nav = new Nav(links);
        nav.addClassName("portal-link-list");
        nav.getElement().setAttribute("aria-label", getTranslation("wiki.revision.navigation"));
        Div info = new Div(notice, saved, summary, nav);
        info.setId("revision-info");
        info.addClassName("portal-coming-soon");
        return info;
    }

    private ListItem link(String id, String key, String path) {
        Anchor anchor = new Anchor(path, getTranslation(key));
        anchor.setId(id);
        return new ListItem(anchor);
    }

    private void restore(long revision, long baseVersion) {
        try {
            WikiPageView restored = wiki.restore(title, revision, baseVersion);
            getUI().ifPresent(ui -> Navigation.open(ui, restored.path()));
        } catch (EditConflictException changedMeanwhile) {
            Notification.show(getTranslation("wiki.restore.conflict"));
        } catch (InvalidInputException refused) {
            String key = refused.fieldMessageKeys().values().iterator().next();
            Notification.show(getTranslation("wiki.edit.no-change".equals(key) ? "wiki.restore.same" : key));
        }
    }

    @Override
    public String getPageTitle() {
        return documentTitle + " | " + getTranslation("app.name");
    }
}
