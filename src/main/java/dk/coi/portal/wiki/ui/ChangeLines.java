package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.Locale;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.revision.EditSummary;

/** The parts of one line in a page history or in recent changes, built the same way in both. */
final class ChangeLines {

    private ChangeLines() {
    }

    static String time(Instant time, Locale locale) {
        return DateFormats.dateTime(time, locale);
    }

    /** The author's name linking to their contributions, or "Slettet bruger" without a link. */
    static Component author(String name, Long personId) {
        if (name == null || personId == null) {
            Span erased = new Span(I18NProvider.translate("person.erased"));
            erased.addClassName("portal-revision-author");
            return erased;
        }
        Anchor author = new Anchor(WikiRoutes.contributions(personId), name);
        author.addClassName("portal-revision-author");
        return author;
    }

    /** Size change as "+12" / "-3" / "0", then the minor mark and the summary when there are any. */
    static void addDetails(ListItem item, int sizeChange, boolean minor, EditSummary summary) {
        item.add(separator(), new Span((sizeChange > 0 ? "+" : "") + sizeChange));
        if (minor) {
            Span mark = new Span(I18NProvider.translate("wiki.history.minor"));
            mark.addClassName("portal-tag");
            mark.getElement().setAttribute("title", I18NProvider.translate("wiki.edit.minor"));
            item.add(separator(), mark);
        }
        if (!summary.isEmpty()) {
            item.add(separator(), new Span(summary.words(I18NProvider::translate)));
        }
    }

    static Span separator() {
        return new Span(" · ");
    }
}
