package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.wiki.WikiTitles;

/** The wiki's front page: every page, and (signed in) a box to start a new page. */
@Route(WikiRoutes.HOME)
@Menu(title = "nav.wiki", order = 10, icon = "vaadin:book")
@AnonymousAllowed
class WikiHomeView extends VerticalLayout implements TranslatedPageTitle {

    WikiHomeView(WikiService wiki, PersonService people) {
        Anchor recent = new Anchor(WikiRoutes.RECENT_CHANGES, getTranslation("wiki.recent.title"));
        recent.setId("recent-changes-link");
        Anchor log = new Anchor(WikiRoutes.LOG, getTranslation("wiki.home.log"));
        log.setId("wiki-log-link");
        HorizontalLayout links = new HorizontalLayout(recent, log);
        links.setWrap(true);
        if (people.currentPerson().isPresent()) {
            Anchor watchlist = new Anchor(WikiRoutes.WATCHLIST, getTranslation("wiki.watchlist.title"));
            watchlist.setId("watchlist-link");
            links.add(watchlist);
        }
        if (people.currentPerson().filter(person -> person.has(Role.COI_STAFF)).isPresent()) {
            Anchor review = new Anchor(WikiRoutes.REVIEW, getTranslation("wiki.home.review"));
            review.setId("review-queue-link");
            links.add(review);
        }
        add(new H1(getTranslation("wiki.title")), new Paragraph(getTranslation("wiki.intro")), links);
        if (people.currentPerson().isPresent()) {
            TextField title = new TextField(getTranslation("wiki.new.title"));
            title.setMaxLength(WikiTitles.MAX_LENGTH);
            title.setId("new-page-title");
            Button create = new Button(getTranslation("wiki.new.create"), click -> openEditor(title));
            create.setId("new-page-create");
            title.addKeyDownListener(Key.ENTER, event -> openEditor(title));
            HorizontalLayout form = new HorizontalLayout(title, create);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        UnorderedList list = new UnorderedList();
        list.setId("wiki-pages");
        wiki.allTitles().forEach(page -> list.add(new ListItem(new Anchor(WikiTitles.path(page), page))));
        add(new H2(getTranslation("wiki.all-pages")), list);
    }

    private void openEditor(TextField title) {
        String name = WikiTitles.normalize(title.getValue());
        WikiTitles.problem(name).ifPresentOrElse(problem -> {
            title.setErrorMessage(getTranslation(problem));
            title.setInvalid(true);
        }, () -> getUI().ifPresent(ui -> Navigation.open(ui, WikiRoutes.edit(name))));
    }

    @Override
    public String titleKey() {
        return "wiki.title";
    }
}
