package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A wiki page for reading, with who edited it last and links to edit it and see its history. */
@Route("wiki/:title")
@AnonymousAllowed
class PageView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final PersonService people;
    private String title = "";

    PageView(WikiService wiki, PersonService people) {
        this.wiki = wiki;
        this.people = people;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        add(new H1(title));
        boolean signedIn = people.currentPerson().isPresent();
        wiki.page(title).ifPresentOrElse(page -> show(page, signedIn), () -> showMissing(signedIn));
    }

    private void show(WikiPageView page, boolean signedIn) {
        Nav actions = new Nav();
        actions.addClassName("portal-page-actions");
        actions.getElement().setAttribute("aria-label", getTranslation("wiki.page.actions"));
        if (signedIn) {
            Anchor edit = new Anchor(page.path() + "/rediger", getTranslation("wiki.page.edit"));
            edit.setId("edit-page");
            actions.add(edit);
        }
        Anchor history = new Anchor(page.path() + "/historik", getTranslation("wiki.page.history"));
        history.setId("page-history");
        actions.add(history);
        Html content = new Html("<div class=\"portal-prose\" id=\"page-content\">" + page.html().html() + "</div>");
        String editor = page.lastEditor() == null ? getTranslation("person.erased") : page.lastEditor();
        Paragraph lastEdit = new Paragraph(getTranslation("wiki.page.last-edit", editor, DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(page.lastEdited().atZone(ZoneId.of("Europe/Copenhagen")))));
        lastEdit.addClassName("portal-card-meta");
        lastEdit.setId("last-edit");
        add(actions, content, lastEdit);
    }

    private void showMissing(boolean signedIn) {
        Div missing = new Div(new Paragraph(getTranslation("wiki.page.missing")));
        missing.addClassName("portal-coming-soon");
        if (signedIn && WikiTitles.problem(title).isEmpty()) {
            Anchor create = new Anchor(WikiTitles.path(title) + "/rediger", getTranslation("wiki.page.create"));
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
