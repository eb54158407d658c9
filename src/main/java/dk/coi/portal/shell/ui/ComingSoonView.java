package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shell.internal.FixedPages;

/**
 * A clear "coming soon" page for an area whose module is not built yet. Each area's own module replaces
 * its route here when it lands.
 */
abstract class ComingSoonView extends Div implements TranslatedPageTitle {

    private final FixedPages.ComingSoon area;

    ComingSoonView(String route) {
        this.area = FixedPages.comingSoon(route).orElseThrow();
        addClassName("portal-coming-soon");
        add(new H1(getTranslation(area.titleKey())),
                new Paragraph(getTranslation("coming-soon.text")),
                new Paragraph(getTranslation(area.textKey())),
                new Anchor("", getTranslation("coming-soon.back")));
    }

    @Override
    public String titleKey() {
        return area.titleKey();
    }

    @Route(FixedPages.STORIES)
    @Menu(title = "nav.stories", order = 40, icon = "vaadin:comments")
    @AnonymousAllowed
    static class Stories extends ComingSoonView {
        Stories() {
            super(FixedPages.STORIES);
        }
    }

    @Route(FixedPages.INTERNSHIPS)
    @Menu(title = "nav.internships", order = 50, icon = "vaadin:exchange")
    @AnonymousAllowed
    static class Internships extends ComingSoonView {
        Internships() {
            super(FixedPages.INTERNSHIPS);
        }
    }
}
