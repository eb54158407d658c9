package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shell.internal.FixedPages;

/** Fixed information pages linked from the footer; their text lives in the translation files. */
abstract class InformationPageView extends Article implements TranslatedPageTitle {

    private final FixedPages.Information page;

    InformationPageView(String route) {
        this.page = FixedPages.information(route).orElseThrow();
        add(new H1(getTranslation(page.titleKey())));
        page.paragraphKeys().forEach(key -> add(new Paragraph(getTranslation(key))));
    }

    @Override
    public String titleKey() {
        return page.titleKey();
    }

    @Route(FixedPages.ACCESSIBILITY)
    @AnonymousAllowed
    static class Accessibility extends InformationPageView {
        Accessibility() {
            super(FixedPages.ACCESSIBILITY);
        }
    }

    @Route(FixedPages.PRIVACY)
    @AnonymousAllowed
    static class Privacy extends InformationPageView {
        Privacy() {
            super(FixedPages.PRIVACY);
        }
    }
}
