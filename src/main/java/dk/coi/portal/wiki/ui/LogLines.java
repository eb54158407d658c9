package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.Locale;

/**
 * One line of the wiki log, in the log and among recent changes: time, who, what they did to which page, what the
 * portal says about it (both titles of a move, the protection set) and their reason, all in the reader's language.
 */
final class LogLines {

    private LogLines() {
    }

    static ListItem item(WikiLogLine line, Locale locale) {
        ListItem item = new ListItem(new Span(ChangeLines.time(line.time(), locale)), ChangeLines.separator(),
                ChangeLines.author(line.person(), line.personId(), WikiRoutes::contributions), ChangeLines.separator(),
                // The action reads into the page's title ("deleted Title"), so no separator between them.
                new Span(I18NProvider.translate(line.labelKey()) + " "), new Anchor(line.path(), line.pageTitle()));
        item.addClassName("portal-log-line");
        if (line.facts() != null) {
            item.add(ChangeLines.separator(), new Span(line.facts().render(I18NProvider::translate)));
        }
        if (line.reason() != null) {
            Span reason = new Span(line.reason());
            reason.addClassName("portal-log-reason");
            item.add(ChangeLines.separator(), reason);
        }
        return item;
    }
}
