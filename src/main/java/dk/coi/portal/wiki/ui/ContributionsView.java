package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.wiki.WikiService;

/** One person's edits in the wiki over the last year, newest first. */
@Route("wiki/bidrag/:person(\\d{1,18})")
@AnonymousAllowed
class ContributionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final PersonService people;
    private String heading = "";

    ContributionsView(WikiService wiki, PersonService people) {
        this.wiki = wiki;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long person = event.getRouteParameters().getLong("person").orElse(0L);
        String name = people.authorName(person).orElseGet(() -> getTranslation("person.erased"));
        heading = getTranslation("wiki.contributions.title", name);
        removeAll();
        add(new H1(heading));
        RecentChangesView.show(this, getLocale(), wiki.recentChanges(365, true, person, RecentChangesView.LIMIT),
                getTranslation("wiki.contributions.none"));
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}
