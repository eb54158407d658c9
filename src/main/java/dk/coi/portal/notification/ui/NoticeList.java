package dk.coi.portal.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.shared.DateFormats;
import java.util.List;

/**
 * Notices, newest first, one line each: unread ones marked, when, the subject, what happened (linking to it),
 * who, and their own words. The notices page and a module's own lists (the wiki's watchlist) show them alike.
 */
public class NoticeList extends OrderedList {

    public NoticeList(List<Notice> notices, String id) {
        setId(id);
        notices.forEach(notice -> add(lineOf(notice)));
    }

    private ListItem lineOf(Notice notice) {
        ListItem item = new ListItem();
        if (!notice.read()) {
            Span unread = new Span(getTranslation("notification.notices.new"));
            unread.addClassName("portal-tag");
            item.add(unread, separator());
            item.addClassName("portal-unread");
        }
        Span actor = new Span(notice.actor() == null ? getTranslation("person.erased") : notice.actor());
        actor.addClassName("portal-revision-author");
        item.add(new Span(DateFormats.dateTime(notice.time(), getLocale())), separator(),
                new Anchor(notice.subjectPath(), notice.subjectTitle()), separator(),
                new Anchor(notice.path(), getTranslation(notice.labelKey())), separator(), actor);
        if (!notice.summary().isEmpty()) {
            item.add(separator(), new Span(notice.summary().words(I18NProvider::translate)));
        }
        return item;
    }

    private static Span separator() {
        return new Span(" · ");
    }
}
