package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.wiki.WikiStructureService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;
import dk.coi.portal.shared.ui.ChangeLines;

/** The pages that link to a page, redirects marked (MediaWiki's "What links here"). */
@Route(WikiRoutes.LINKS_HERE)
@AnonymousAllowed
class WhatLinksHereView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiStructureService structure;
    private String title = "";

    WhatLinksHereView(WikiStructureService structure) {
        this.structure = structure;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        add(new H1(getTranslation("wiki.links.heading", title)),
                new Anchor(WikiTitles.path(title), getTranslation("wiki.history.back")));
        List<WikiStructureService.LinkingPage> linking = structure.linksHere(title).pages();
        if (linking.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.links.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("linking-pages");
        for (WikiStructureService.LinkingPage page : linking) {
            ListItem item = new ListItem(new Anchor(WikiTitles.path(page.title()) + (page.redirect()
                    ? "?" + PageView.NO_REDIRECT + "=nej" : ""), page.title()));
            if (page.redirect()) {
                item.add(ChangeLines.separator(), new Span(getTranslation("wiki.links.redirect")));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.links.heading", title) + " | " + getTranslation("app.name");
    }
}
