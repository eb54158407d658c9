package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.landscape.CaseOrigin;
import dk.coi.portal.shared.ui.ContentLanguage;

/** "Fra idéen X i idéstormen Y" on the page of a case made from an idea, the idea leading to its page. */
final class CaseOriginLine {

    private CaseOriginLine() {
    }

    static Paragraph of(CaseOrigin origin) {
        Paragraph line = new Paragraph();
        line.setId("case-origin");
        line.add(new Text(I18NProvider.translate("landscape.from-idea.from") + " "));
        line.add(ContentLanguage.danish(new Anchor("/" + origin.ideaPath(), origin.ideaTitle())));
        line.add(new Text(" " + I18NProvider.translate("landscape.from-idea.in-storm", origin.stormTitle())));
        return line;
    }
}
