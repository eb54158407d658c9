package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseEntry;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ContentLanguage;

/**
 * The landscape's front page for signed-in people (readers who are not signed in get {@code landscape/list.jte} at
 * the same address, with the same ids and words): the published cases, newest first, a page at a time
 * ({@code ?side=N}); above them what the person may start, by the service's rules: register a case (public
 * employees and staff), their own cases, and for staff the cases waiting for review.
 */
@Route(CaseRoutes.LIST)
@Menu(title = "nav.landscape", order = 30, icon = "vaadin:map-marker")
@AnonymousAllowed
class CaseListView extends Div implements TranslatedPageTitle, BeforeEnterObserver {

    private final CaseService cases;

    CaseListView(CaseService cases) {
        this.cases = cases;
        addClassName("portal-case-list-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(cases.entry(), cases.publishedPage(CaseCards.pageOf(event.getLocation().getQueryParameters()
                .getSingleParameter(CaseCards.PAGE).orElse(null))));
    }

    private void show(CaseEntry entry, CaseCards list) {
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("landscape.list.intro"));
        intro.setId("cases-intro");
        add(new H1(getTranslation(titleKey())), intro, actions(entry));
        Paragraph count = new Paragraph(list.pastTheLast() ? getTranslation("landscape.list.past-last", list.pages())
                : list.total() == 0 ? getTranslation("landscape.list.none")
                : getTranslation("landscape.list.count", list.total()));
        count.setId("cases-count");
        count.getElement().setAttribute("role", "status");
        add(count);
        if (list.pastTheLast() && list.pages() > 0) {
            Anchor last = new Anchor(list.last(), getTranslation("landscape.list.last"));
            last.setId("cases-last");
            add(new Paragraph(last));
        }
        if (!list.cards().isEmpty()) {
            UnorderedList cards = new UnorderedList();
            cards.setId("cases");
            cards.addClassName("portal-case-list");
            for (CaseCard card : list.cards()) {
                cards.add(card(list, card));
            }
            add(cards);
        }
        if (list.pages() > 1 && !list.pastTheLast()) {
            add(pager(list));
        }
    }

    private Div actions(CaseEntry entry) {
        Div actions = new Div();
        actions.setId("cases-actions");
        actions.addClassName("portal-case-actions");
        if (entry.mayRegister()) {
            Anchor register = new Anchor(CaseRoutes.NEW, getTranslation("landscape.list.register"));
            register.setId("cases-register");
            actions.add(register);
        }
        if (entry.mayRegister()) {
            Anchor mine = new Anchor(CaseRoutes.MINE, getTranslation("landscape.list.mine"));
            mine.setId("cases-mine");
            actions.add(mine);
        }
        if (entry.mayReview()) {
            Anchor review = new Anchor(CaseRoutes.REVIEW, getTranslation("landscape.list.review",
                    entry.waitingForReview()));
            review.setId("cases-review");
            actions.add(review);
        }
        if (entry.signedIn() && !entry.mayRegister()) {
            Paragraph employeesOnly = new Paragraph(getTranslation("landscape.employees-only.short"));
            employeesOnly.setId("cases-employees-only");
            actions.add(employeesOnly);
        }
        return actions;
    }

    private ListItem card(CaseCards list, CaseCard card) {
        H2 title = ContentLanguage.danish(new H2(new Anchor(card.path(), card.title())));
        Paragraph meta = new Paragraph(ContentLanguage.danish(new Span(card.organisationName())));
        meta.addClassName("portal-card-meta");
        String municipality = list.municipalityOf(card);
        if (municipality != null) {
            meta.add(new Span(" · "), ContentLanguage.danish(new Span(municipality)));
        }
        meta.add(new Span(" · " + getTranslation(card.sector().labelKey()) + " · "
                + getTranslation(card.stage().labelKey()) + " · " + getTranslation(card.evidenceLevel().labelKey())));
        ListItem item = new ListItem(title, meta, ContentLanguage.danish(new Paragraph(card.summary())));
        item.addClassName("portal-case-card");
        return item;
    }

    private Nav pager(CaseCards list) {
        Nav pager = new Nav();
        pager.setId("cases-pager");
        pager.addClassName("portal-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("landscape.list.pages"));
        if (list.hasPrevious()) {
            Anchor previous = new Anchor(list.previous(), getTranslation("landscape.list.previous"));
            previous.setId("cases-previous");
            previous.getElement().setAttribute("rel", "prev");
            pager.add(previous);
        }
        pager.add(new Span(getTranslation("landscape.list.page", list.page() + 1, list.pages())));
        if (list.hasNext()) {
            Anchor next = new Anchor(list.next(), getTranslation("landscape.list.next"));
            next.setId("cases-next");
            next.getElement().setAttribute("rel", "next");
            pager.add(next);
        }
        return pager;
    }

    @Override
    public String titleKey() {
        return "landscape.list.title";
    }
}
