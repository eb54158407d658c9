package dk.coi.portal.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.ui.ChangeLines;
import java.util.List;

/**
 * Notices, newest first, one line each: unread ones marked, when, the subject, what happened (linking to it),
 * who (or the portal itself), and their own words. The notices page and a module's own lists (the wiki's
 * watchlist) show them alike.
 */
public class NoticeList extends OrderedList {

    /** How many of the newest notices a screen lists. */
    public static final int MOST = 100;

    public NoticeList(List<Notice> notices, String id) {
        setId(id);
        notices.forEach(notice -> add(lineOf(notice)));
    }

    private ListItem lineOf(Notice notice) {
        ListItem item = new ListItem();
        if (!notice.read()) {
            Span unread = new Span(getTranslation("notification.notices.new"));
            unread.addClassName("portal-tag");
            item.add(unread, ChangeLines.separator());
            item.addClassName("portal-unread");
        }
        item.add(new Span(ChangeLines.time(notice.time(), getLocale())), ChangeLines.separator(),
                new Anchor(notice.subjectPath(), notice.shownTitle().render(I18NProvider::translate)),
                ChangeLines.separator(), new Anchor(notice.path(), getTranslation(notice.labelKey())),
                ChangeLines.separator(), ChangeLines.decider(notice.actor(), notice.actorId(), null));
        ChangeLines.addSummary(item, notice.summary());
        return item;
    }
}
