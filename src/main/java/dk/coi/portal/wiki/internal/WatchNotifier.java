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
 * Tells everyone watching a page of its edits (moves and undeletions included), talk comments and deletion, in
 * the transaction of the change itself, so a change and its notices are stored together or not at all.
 */
@Component
public class WatchNotifier {

    private static final int EXCERPT_LENGTH = 200;

    private final Notifications notifications;

    WatchNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void pageChanged(WikiPageChanged change) {
        WikiSubjects.NoticeKind kind = change.minor() ? WikiSubjects.NoticeKind.MINOR_EDIT
                : WikiSubjects.NoticeKind.EDIT;
        notifications.notifyFollowers(new NewNotice(WikiSubjects.page(change.page()), kind.name(), change.revision(),
                change.author(), change.summary(), change.at()));
    }

    /** A deletion is no revision, so it has its own notice, with the staff member's reason as its words. */
    public void deleted(PageId page, PersonId staff, String reason, Instant at) {
        notifications.notifyFollowers(new NewNotice(WikiSubjects.page(page), WikiSubjects.NoticeKind.DELETION.name(),
                null, staff, EditSummary.of(reason), at));
    }

    /** A comment on the page's talk page, a reply when it answers another ({@code parentId}). */
    public void commented(PageId page, long commentId, Long parentId, PersonId author, String body, Instant at) {
        WikiSubjects.NoticeKind kind = parentId == null ? WikiSubjects.NoticeKind.COMMENT
                : WikiSubjects.NoticeKind.REPLY;
        notifications.notifyFollowers(new NewNotice(WikiSubjects.page(page), kind.name(), commentId, author,
                quote(body), at));
    }

    /** A hidden comment's text leaves the notices that quote it, and mail not yet sent about it is not sent. */
    public void commentHidden(long commentId) {
        WikiSubjects.NoticeKind.TALK.forEach(kind -> notifications.forget(WikiSubjects.PAGE, kind, commentId));
    }

    /** A comment shown again is quoted again in its notices; mail called off by the hiding stays off. */
    public void commentShown(long commentId, String body) {
        WikiSubjects.NoticeKind.TALK.forEach(kind -> notifications.recall(WikiSubjects.PAGE, kind, commentId,
                quote(body)));
    }

    /** The start of a comment on one line, as the summary its watchers see. */
    private static EditSummary quote(String body) {
        String oneLine = WikiLinks.plainText(body).replaceAll("\\s+", " ").strip();
        return EditSummary.of(oneLine.length() <= EXCERPT_LENGTH ? oneLine
                : oneLine.substring(0, EXCERPT_LENGTH - 1) + "…");
    }
}
