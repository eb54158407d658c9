package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;

/** Fixed information pages linked from the footer; their text lives in the translation files. */
abstract class InformationPageView extends Article implements TranslatedPageTitle {

    private final String page;

    InformationPageView(String page, int paragraphs) {
        this.page = page;
        add(new H1(getTranslation(page + ".title")));
        for (int i = 1; i <= paragraphs; i++) {
            add(new Paragraph(getTranslation(page + ".p" + i)));
        }
    }

    @Override
    public String titleKey() {
        return page + ".title";
    }

    @Route("tilgaengelighed")
    @AnonymousAllowed
    static class Accessibility extends InformationPageView {
        Accessibility() {
            super("accessibility", 3);
        }
    }

    @Route("privatliv")
    @AnonymousAllowed
    static class Privacy extends InformationPageView {
        Privacy() {
            super("privacy", 4);
        }
    }
}
