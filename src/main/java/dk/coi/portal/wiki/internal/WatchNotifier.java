package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.MailMode;
import dk.coi.portal.wiki.WatchNotice;
import dk.coi.portal.wiki.WikiPageChanged;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Published when a change queued mail; delivery starts after commit. */
    public record WatchMailQueued() {
    }

    private final WikiWatchRepository watches;
    private final WikiWatchSettingsRepository settings;
    private final WikiNoticeRepository notices;
    private final ApplicationEventPublisher events;

    WatchNotifier(WikiWatchRepository watches, WikiWatchSettingsRepository settings, WikiNoticeRepository notices,
                  ApplicationEventPublisher events) {
        this.watches = watches;
        this.settings = settings;
        this.notices = notices;
        this.events = events;
    }

    @EventListener
    void pageChanged(WikiPageChanged change) {
        notifyWatchers(change.pageId(), WatchNotice.Kind.EDIT, change.revision(), null, change.authorId(),
                change.summary(), change.at());
    }

    public void notifyWatchers(long pageId, WatchNotice.Kind kind, Long revision, Long commentId, long actorId,
                               String summary, Instant at) {
        List<Long> watchers = watches.findWatchers(pageId, actorId, at);
        if (watchers.isEmpty()) {
            return;
        }
        Map<Long, MailMode> modes = settings.findAllById(watchers).stream()
                .collect(Collectors.toMap(WikiWatchSettings::getPersonId, WikiWatchSettings::getMailMode));
        Set<Long> alreadyTold = new HashSet<>(notices.findWithUnread(pageId, watchers));
        boolean mailQueued = false;
        for (long watcher : watchers) {
            WikiNotice.MailState mail = switch (modes.getOrDefault(watcher, MailMode.EACH_CHANGE)) {
                case EACH_CHANGE -> alreadyTold.contains(watcher) ? WikiNotice.MailState.NONE : WikiNotice.MailState.PENDING;
                case DAILY_DIGEST -> WikiNotice.MailState.DIGEST;
                case NONE -> WikiNotice.MailState.NONE;
            };
            mailQueued |= mail == WikiNotice.MailState.PENDING;
            notices.save(new WikiNotice(watcher, pageId, kind, revision, commentId, actorId, summary, at, mail));
        }
        if (mailQueued) {
            events.publishEvent(new WatchMailQueued());
        }
    }
}
