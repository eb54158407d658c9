package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseUpkeep;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the editors of published cases to keep them up to date: owner and co-editors when a case has not been
 * confirmed up to date for {@link CaseUpkeep#STALE_AFTER} (once per confirmation), the owner when an expected
 * result's follow-up date has passed without a result (once per date). Due reminders are sent as soon as the portal
 * runs, so it catches up after downtime. Each reminder and its mark commit together, in a transaction of its own;
 * a second node finds the mark set and sends nothing.
 */
@Component
class CaseReminders {

    private static final Logger LOG = LoggerFactory.getLogger(CaseReminders.class);

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseReminders(CaseRepository cases, CaseEditorRepository editors, Notifications notifications,
                  TransactionTemplate transactions, Clock clock) {
        this.cases = cases;
        this.editors = editors;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many were sent. */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public int remindDue() {
        int sent = 0;
        for (CaseRepository.Stale stale : cases.findStale(CaseUpkeep.staleBefore(clock), true)) {
            sent += once(stale.getCaseId(), () -> remindStale(stale));
        }
        for (CaseRepository.FollowUpDue due : cases.findFollowUpsDue(LocalDate.now(clock.withZone(DateFormats.DANISH_TIME)))) {
            sent += once(due.getCaseId(), () -> remindFollowUp(due));
        }
        return sent;
    }

    private int once(long caseId, BooleanSupplier reminder) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> reminder.getAsBoolean())) ? 1 : 0;
        } catch (RuntimeException broken) {
            // One case that cannot be reminded of must not hold up the others; it is tried again next run.
            LOG.error("The editors of case {} could not be reminded", caseId, broken);
            return 0;
        }
    }

    private boolean remindStale(CaseRepository.Stale stale) {
        if (cases.markRemindedStale(stale.getCaseId(), stale.getConfirmedAt()) == 0) {
            return false;
        }
        LandscapeCase kase = cases.findById(stale.getCaseId()).orElseThrow();
        Set<PersonId> told = new LinkedHashSet<>();
        told.add(PersonId.of(kase.getOwnerId()));
        editors.findByCaseId(kase.getId()).forEach(editor -> told.add(PersonId.of(editor.getPersonId())));
        tell(told, kase.caseId(), CaseReviewNotices.Kind.STALE, null,
                Phrase.of(CaseReviewNotices.Kind.STALE.key() + ".summary"));
        return true;
    }

    private boolean remindFollowUp(CaseRepository.FollowUpDue due) {
        if (cases.markFollowUpReminded(due.getResultId(), due.getFollowUp()) == 0) {
            return false;
        }
        LandscapeCase kase = cases.findById(due.getCaseId()).orElseThrow();
        tell(List.of(PersonId.of(kase.getOwnerId())), kase.caseId(), CaseReviewNotices.Kind.FOLLOW_UP,
                due.getResultId(), Phrase.of(CaseReviewNotices.Kind.FOLLOW_UP.key() + ".summary", due.getMetric()));
        return true;
    }

    private void tell(Collection<PersonId> people, CaseId id, CaseReviewNotices.Kind kind, Long detail,
                      Phrase reason) {
        Instant now = clock.instant();
        notifications.notifyPeople(people, new NewNotice(id.subject(), kind.name(), detail, null,
                EditSummary.of(reason), now));
    }
}
