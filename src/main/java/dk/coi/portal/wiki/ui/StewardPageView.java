package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import jakarta.annotation.security.RolesAllowed;

/** Staff tools for one page: protection, staff review of changes, and deletion or undeletion; all logged. */
@Route(WikiRoutes.STEWARD)
@RolesAllowed("COI_STAFF")
class StewardPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private String title = "";

    StewardPageView(WikiService wiki, WikiStewardshipService stewardship) {
        this.wiki = wiki;
        this.stewardship = stewardship;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        add(new H1(getTranslation("wiki.steward.heading", title)));
        WikiPageView page = wiki.page(title).orElse(null);
        if (page == null) {
            add(new Paragraph(getTranslation("wiki.page.missing")));
            return;
        }
        add(new Anchor(page.path() + (page.isRedirect() ? "?" + PageView.NO_REDIRECT + "=nej" : ""),
                getTranslation("wiki.history.back")), new StewardTools(wiki, stewardship, page),
                new Anchor(WikiRoutes.LOG, getTranslation("wiki.log.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.steward.heading", title) + " | " + getTranslation("app.name");
    }
}
