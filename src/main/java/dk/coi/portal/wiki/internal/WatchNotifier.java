package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WatchNotice;
import dk.coi.portal.wiki.WikiPageChanged;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Leaves a notice for everyone watching a page when it changes, in the transaction of the change itself, so a
 * change and its notices are stored together or not at all. Which notices are mailed follows each watcher's
 * settings; {@link WatchMailQueued} tells the mail delivery there is work once the change has committed.
 */
@Component
public class WatchNotifier {

    /** Published when a change left notices (some may wait for mail); delivery starts after commit. */
    public record WatchMailQueued() {
    }

    private final WikiNoticeRepository notices;
    private final ApplicationEventPublisher events;

    WatchNotifier(WikiNoticeRepository notices, ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
    }

    @EventListener
    void pageChanged(WikiPageChanged change) {
        notifyWatchers(change.pageId(), WatchNotice.Kind.EDIT, change.revision(), null, change.authorId(),
                change.summary().text(), change.at());
    }

    public void notifyWatchers(long pageId, WatchNotice.Kind kind, Long revision, Long commentId, long actorId,
                               String summary, Instant at) {
        if (notices.notifyWatchers(pageId, kind.name(), revision, commentId, actorId, summary, at) > 0) {
            events.publishEvent(new WatchMailQueued());
        }
    }
}
