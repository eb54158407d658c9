package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiPageRef;
import dk.coi.portal.wiki.WikiStewardshipService;
import java.util.List;

/**
 * The public log of moves, protection, deletion, review decisions and rollbacks; staff also see deleted pages
 * and pages whose title no address can carry.
 */
@Route(WikiRoutes.LOG)
@AnonymousAllowed
class WikiLogView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    private final WikiStewardshipService stewardship;
    private final PersonService people;

    WikiLogView(WikiStewardshipService stewardship, PersonService people) {
        this.stewardship = stewardship;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("wiki.log.title")));
        List<WikiLogLine> lines = stewardship.log(WikiLogLine.SCREENFUL);
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.log.none")));
        } else {
            OrderedList list = new OrderedList();
            list.setId("wiki-log");
            lines.forEach(line -> list.add(LogLines.item(line, getLocale())));
            add(list);
        }
        if (people.currentPerson().filter(person -> person.has(Role.COI_STAFF)).isPresent()) {
            addDeletedPages();
            addPagesWithUnusableTitles();
        }
    }

    private void addDeletedPages() {
        add(new H2(getTranslation("wiki.log.deleted-pages")));
        List<String> deleted = stewardship.deletedPages();
        if (deleted.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.log.no-deleted-pages")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("deleted-pages");
        deleted.forEach(title -> list.add(new ListItem(new Anchor(WikiRoutes.steward(title), title))));
        add(list);
    }

    /** Pages saved before today's title rules that no address reaches; staff move them by their id. */
    private void addPagesWithUnusableTitles() {
        List<WikiPageRef> unusable = stewardship.pagesWithUnusableTitles();
        if (unusable.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("wiki.log.unusable-titles")));
        UnorderedList list = new UnorderedList();
        list.setId("unusable-titles");
        unusable.forEach(page -> list.add(new ListItem(new Anchor(page.idPath(), page.title()))));
        add(list);
    }

    @Override
    public String titleKey() {
        return "wiki.log.title";
    }
}
