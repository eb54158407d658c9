package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.ideastorm.StormList;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSummary;
import dk.coi.portal.ideastorm.TimeLeft;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;

/**
 * The storm list: open storms with their phase and time left, then coming ones with their start, then concluded
 * ones; the same elements as the reading page {@code ideastorm/list.jte}.
 */
@Route(StormRoutes.LIST)
@Menu(title = "nav.ideastorms", order = 20, icon = "vaadin:lightbulb")
@AnonymousAllowed
class StormListView extends Div implements TranslatedPageTitle, BeforeEnterObserver {

    private final StormService storms;

    StormListView(StormService storms) {
        this.storms = storms;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StormList list = storms.storms(StormRoutes.concludedPageOf(event.getLocation().getQueryParameters()
                .getSingleParameter(StormRoutes.CONCLUDED_PAGE).orElse(null)));
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("ideastorm.list.intro"));
        intro.setId("storms-intro");
        add(new H1(getTranslation("nav.ideastorms")), intro);
        if (list.mayCreate()) {
            Anchor create = new Anchor(StormRoutes.NEW, getTranslation("ideastorm.list.new"));
            create.setId("storms-new");
            create.addClassName("portal-button-link");
            add(new Paragraph(create));
        }
        if (!list.drafts().isEmpty()) {
            add(group("storms-drafts", "ideastorm.list.drafts", null, list.drafts()));
        }
        add(group("storms-open", "ideastorm.list.open", "ideastorm.list.no-open", list.open()),
                group("storms-coming", "ideastorm.list.coming", "ideastorm.list.no-coming", list.coming()),
                group("storms-concluded", "ideastorm.list.concluded", "ideastorm.list.no-concluded",
                        list.concluded()));
        if (list.concludedPage() > 1 || list.moreConcluded()) {
            add(pages(list));
        }
    }

    /** Links to the newer and older pages of concluded storms; the same as the reading page's. */
    private Nav pages(StormList list) {
        Nav pages = new Nav();
        pages.addClassName("portal-storm-pages");
        pages.getElement().setAttribute("aria-label", getTranslation("ideastorm.list.concluded"));
        if (list.concludedPage() > 1) {
            Anchor newer = new Anchor(StormRoutes.concludedPage(list.concludedPage() - 1),
                    getTranslation("ideastorm.list.newer"));
            newer.setId("storms-newer");
            pages.add(newer);
        }
        if (list.moreConcluded()) {
            Anchor older = new Anchor(StormRoutes.concludedPage(list.concludedPage() + 1),
                    getTranslation("ideastorm.list.older"));
            older.setId("storms-older");
            pages.add(older);
        }
        return pages;
    }

    @Override
    public String titleKey() {
        return "nav.ideastorms";
    }

    private Section group(String id, String headingKey, String emptyKey, List<StormSummary> storms) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (storms.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("portal-storm-empty");
            section.add(empty);
        } else {
            UnorderedList cards = new UnorderedList();
            cards.addClassName("portal-card-list");
            storms.forEach(storm -> cards.add(new ListItem(card(storm))));
            section.add(cards);
        }
        return section;
    }

    private Component card(StormSummary storm) {
        H3 title = new H3(new Anchor(storm.path(), storm.title()));
        Paragraph question = ContentLanguage.danish(new Paragraph(storm.question()));
        question.addClassName("portal-storm-question");
        Paragraph owner = meta();
        owner.add(ContentLanguage.danish(new Span(storm.ownerOrganisation())));
        Paragraph when = meta();
        if (storm.endedAt() != null) {
            when.setText(getTranslation("ideastorm.list.ended",
                    DateFormats.longDate(DateFormats.endDate(storm.endedAt()), getLocale())));
        } else if (storm.currentPhase() != null) {
            String phase = getTranslation("ideastorm.list.phase", getTranslation(storm.currentPhase().labelKey()));
            boolean running = storm.timeLeft() != null && !storm.timeLeft().isZero();
            when.setText(running ? phase + " · " + TimeLeft.of(storm.timeLeft()).render(I18NProvider::translate) : phase);
        } else {
            when.setText(getTranslation("ideastorm.list.starts", DateFormats.dateTime(storm.start(), getLocale())));
        }
        Div card = new Div(ContentLanguage.danish(title), question, owner, when);
        if (storm.resultsPublished()) {
            Anchor results = new Anchor(storm.resultsPath(), getTranslation("ideastorm.results.link"));
            results.addClassName("portal-storm-results-link");
            Paragraph line = meta();
            line.add(results);
            card.add(line);
        }
        card.addClassNames("portal-card", "portal-storm-card");
        return card;
    }

    private static Paragraph meta() {
        Paragraph meta = new Paragraph();
        meta.addClassName("portal-card-meta");
        return meta;
    }
}
