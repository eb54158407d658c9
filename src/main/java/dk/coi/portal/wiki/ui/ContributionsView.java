package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.Proposal;
import dk.coi.portal.wiki.RecentChangesFilter;
import dk.coi.portal.wiki.WikiReviewService;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;

/**
 * One person's edits in the wiki over the last year, newest first; to the person themselves also their
 * proposals to reviewed pages with staff's decisions.
 */
@Route(WikiRoutes.CONTRIBUTIONS)
@AnonymousAllowed
class ContributionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiReviewService review;
    private final PersonService people;
    private String heading = "";

    ContributionsView(WikiService wiki, WikiReviewService review, PersonService people) {
        this.wiki = wiki;
        this.review = review;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long person = event.getRouteParameters().getLong("person").orElse(0L);
        String name = people.authorName(PersonId.of(person)).orElseGet(() -> getTranslation("person.erased"));
        heading = getTranslation("wiki.contributions.title", name);
        removeAll();
        add(new H1(heading));
        RecentChangesView.show(this, getLocale(), wiki.recentChanges(RecentChangesFilter.CONTRIBUTION_DAYS, true,
                person, RecentChangesFilter.LIMIT), getTranslation("wiki.contributions.none"));
        if (people.currentPerson().filter(me -> me.id() == person).isPresent()) {
            addOwnProposals();
        }
    }

    /** To its author only: the changes proposed to reviewed pages, and what staff decided and why. */
    private void addOwnProposals() {
        List<Proposal> proposals = review.myProposals();
        if (proposals.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("wiki.proposals.heading")));
        UnorderedList list = new UnorderedList();
        list.setId("my-proposals");
        for (Proposal proposal : proposals) {
            Span status = new Span(getTranslation(proposal.status().labelKey()));
            status.addClassName("portal-tag");
            ListItem item = new ListItem(new Span(ChangeLines.time(proposal.time(), getLocale())),
                    ChangeLines.separator(), new Anchor(WikiTitles.path(proposal.pageTitle()), proposal.pageTitle()),
                    ChangeLines.separator(), status);
            if (proposal.summary() != null && !proposal.summary().isBlank()) {
                item.add(ChangeLines.separator(), new Span(proposal.summary()));
            }
            if (proposal.note() != null) {
                item.add(ChangeLines.separator(), new Span(getTranslation("wiki.proposals.note", proposal.note())));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}
