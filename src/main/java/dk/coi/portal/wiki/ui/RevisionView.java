package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Anchor;
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
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.shared.ui.SafeHtmlContent;

/** A page as it was in an old revision. */
@Route(WikiRoutes.REVISION)
@AnonymousAllowed
class RevisionView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final PersonService people;
    private String title = "";

    RevisionView(WikiService wiki, PersonService people) {
        this.wiki = wiki;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        long revision = event.getRouteParameters().getLong("revision").orElse(0L);
        var html = wiki.renderedAt(title, revision);
        if (html.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Paragraph notice = new Paragraph(getTranslation("wiki.revision.notice", String.valueOf(revision)));
        notice.addClassName("portal-coming-soon");
        add(new H1(title), notice, new Anchor(WikiTitles.path(title), getTranslation("wiki.revision.current")));
        if (people.currentPerson().isPresent()) {
            wiki.page(title).ifPresent(current -> {
                Button restore = new Button(getTranslation("wiki.restore.button"), click -> restore(revision, current.version()));
                restore.setId("restore-revision");
                add(restore);
            });
        }
        add(SafeHtmlContent.prose(html.get()));
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
        return title + " | " + getTranslation("app.name");
    }
}
