package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a storm's followers a day before a voting phase ends, once per phase and end: at that moment, or as soon
 * as the portal is back if it was down then, but never once the phase has ended. An end staff move gets a reminder
 * of its own a day before it. Each reminder and its mark commit together; a second node finds the mark taken and
 * sends nothing.
 */
@Component
class StormVotingReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(StormVotingReminders.class);

    private final StormVotingReminderRepository reminders;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StormVotingReminders(StormVotingReminderRepository reminders, Notifications notifications,
                         TransactionTemplate transactions, Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the reminders due now, each in a transaction of its own; returns how many phases were reminded of. */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public int remindDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (StormVotingReminderRepository.Due due : reminders.findDue(now, now.plus(AHEAD))) {
            try {
                sent += Boolean.TRUE.equals(transactions.execute(status -> remind(due, now))) ? 1 : 0;
            } catch (RuntimeException broken) {
                // One storm that cannot be reminded of must not hold up the others; it is tried again next run.
                LOG.error("Storm {} could not be reminded of its vote's end", due.getStormId(), broken);
            }
        }
        return sent;
    }

    private boolean remind(StormVotingReminderRepository.Due due, Instant now) {
        if (reminders.markSent(due.getPhaseId(), due.getEndsAt(), now) == 0) {
            return false;
        }
        notifications.notifyFollowers(new NewNotice(StormFollowing.storm(StormId.of(due.getStormId())),
                StormFollowing.NoticeKind.VOTING_CLOSES.name(), null, null,
                EditSummary.of(Phrase.of("ideastorm.notice.voting-closes-at", Phrase.endTime(due.getEndsAt()))), now));
        return true;
    }
}
