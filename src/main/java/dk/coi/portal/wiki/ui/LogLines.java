package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.Locale;

/**
 * One line of the wiki log, in the log and among recent changes: time, who (the portal, when it hid a comment after
 * reports), what they did to which page, what the portal says about it (both titles of a move, the protection set)
 * and their reason, all in the reader's language.
 */
final class LogLines {

    private LogLines() {
    }

    static ListItem item(WikiLogLine line, Locale locale) {
        return ChangeLines.logLine(line.time(), locale,
                ChangeLines.decider(line.person(), line.personId(), WikiRoutes::contributions),
                I18NProvider.translate(line.labelKey()), new Anchor(line.path(), line.pageTitle()), line.facts(),
                line.reason());
    }
}
