package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shell.internal.FixedPages;
import dk.coi.portal.shell.internal.InformationPages;

/**
 * Fixed information pages linked from the footer (for signed-in people; readers get the server-rendered page at the
 * same address). Their text is the portal's own, in the reader's language, so it is not marked Danish as people's
 * content is.
 */
abstract class InformationPageView extends Article implements TranslatedPageTitle {

    private final FixedPages.Information page;

    InformationPageView(String route, InformationPages texts) {
        this.page = FixedPages.information(route).orElseThrow();
        Div text = SafeHtmlContent.block(texts.text(page, getLocale()));
        text.addClassName("portal-prose");
        add(new H1(getTranslation(page.titleKey())), text);
    }

    @Override
    public String titleKey() {
        return page.titleKey();
    }

    @Route(FixedPages.ACCESSIBILITY)
    @AnonymousAllowed
    static class Accessibility extends InformationPageView {
        Accessibility(InformationPages texts) {
            super(FixedPages.ACCESSIBILITY, texts);
        }
    }

    @Route(FixedPages.PRIVACY)
    @AnonymousAllowed
    static class Privacy extends InformationPageView {
        Privacy(InformationPages texts) {
            super(FixedPages.PRIVACY, texts);
        }
    }
}
