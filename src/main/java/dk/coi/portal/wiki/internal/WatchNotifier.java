package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.wiki.PageId;
import dk.coi.portal.wiki.WikiPageChanged;
import dk.coi.portal.wiki.WikiSubjects;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone watching a page of its edits and talk comments, in the transaction of the change itself, so a
 * change and its notices are stored together or not at all.
 */
@Component
public class WatchNotifier {

    private final Notifications notifications;

    WatchNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void pageChanged(WikiPageChanged change) {
        notifications.notifyFollowers(new NewNotice(WikiSubjects.page(change.page()),
                WikiSubjects.NoticeKind.EDIT.name(), change.revision(), change.author(), change.summary(),
                change.at()));
    }

    public void commented(PageId page, long commentId, PersonId author, String excerpt, Instant at) {
        notifications.notifyFollowers(new NewNotice(WikiSubjects.page(page), WikiSubjects.NoticeKind.COMMENT.name(),
                commentId, author, EditSummary.of(excerpt), at));
    }

    /** A hidden comment's text leaves the notices that quote it, and mail not yet sent about it is not sent. */
    public void commentHidden(long commentId) {
        notifications.forget(WikiSubjects.PAGE, WikiSubjects.NoticeKind.COMMENT.name(), commentId);
    }
}
