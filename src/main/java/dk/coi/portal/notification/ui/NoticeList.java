package dk.coi.portal.notification.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.ui.ChangeLines;
import java.util.List;

/**
 * Notices, newest first, each in two lines: what happened, to be taken in at a glance (unread ones marked, the
 * subject's title linking to it, what was done linking to that, a minor change marked), then who did it (or the
 * portal itself), when, and their own words. The notices page and a module's own lists (the wiki's watchlist) show
 * them alike.
 */
public class NoticeList extends OrderedList {

    /** How many of the newest notices a screen lists. */
    public static final int MOST = 100;

    public NoticeList(List<Notice> notices, String id) {
        setId(id);
        addClassName("portal-notices");
        notices.forEach(notice -> add(lineOf(notice)));
    }

    private ListItem lineOf(Notice notice) {
        ListItem item = new ListItem(what(notice), whoWhen(notice));
        item.addClassName("portal-notice-item");
        if (!notice.read()) {
            item.addClassName("portal-unread");
        }
        return item;
    }

    private Paragraph what(Notice notice) {
        Paragraph what = new Paragraph();
        what.addClassName("portal-notice-what");
        if (!notice.read()) {
            Span unread = new Span(getTranslation("notification.notices.new"));
            unread.addClassName("portal-tag");
            what.add(unread, new Text(" "));
        }
        what.add(new Anchor(notice.subjectPath(), notice.shownTitle().render(I18NProvider::translate)),
                ChangeLines.separator(), new Anchor(notice.path(), getTranslation(notice.labelKey())));
        if (notice.minorChange()) {
            what.add(new Text(" "), ChangeLines.minorMark());
        }
        return what;
    }

    private Paragraph whoWhen(Notice notice) {
        Paragraph whoWhen = new Paragraph(ChangeLines.decider(notice.actor(), notice.actorId(), null),
                ChangeLines.separator(), new Span(ChangeLines.time(notice.time(), getLocale())));
        ChangeLines.addSummary(whoWhen, notice.summary());
        whoWhen.addClassNames("portal-notice-meta", "portal-card-meta");
        return whoWhen;
    }
}
