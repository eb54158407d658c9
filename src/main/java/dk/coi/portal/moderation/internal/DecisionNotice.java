package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.notification.NoticeWording;
import java.util.Locale;
import java.util.Optional;

/**
 * What a notice of a moderation decision tells the person it concerns: the author that their content was hidden
 * (by staff, or by the portal after reports), stays hidden or is shown again, or that what staff were to read first
 * was published or refused; a reporter what became of the content
 * they reported. Its words are the translations {@code moderation.notice.<kind>}, and {@code .subject} and
 * {@code .mail} of it for mail.
 */
enum DecisionNotice {
    HIDDEN, KEPT_HIDDEN, AUTO_HIDDEN, RESTORED, REPORT_UPHELD, REPORT_RESTORED, REPORT_DISMISSED, APPROVED, REJECTED;

    /**
     * What the author is told of a decision; nothing of a dismissal, which leaves their content as it was and
     * reveals reports that changed nothing.
     */
    static Optional<DecisionNotice> toAuthor(ModerationAction action) {
        return Optional.ofNullable(switch (action) {
            case HIDE -> HIDDEN;
            case KEEP_HIDDEN -> KEPT_HIDDEN;
            case AUTO_HIDE -> AUTO_HIDDEN;
            case RESTORE -> RESTORED;
            case DISMISS -> null;
            case APPROVE -> APPROVED;
            case REJECT -> REJECTED;
        });
    }

    /** What the people whose reports the decision closed are told; the portal's own hiding closes none. */
    static Optional<DecisionNotice> toReporters(ModerationAction action) {
        return Optional.ofNullable(switch (action) {
            case HIDE, KEEP_HIDDEN -> REPORT_UPHELD;
            case RESTORE -> REPORT_RESTORED;
            case DISMISS -> REPORT_DISMISSED;
            case AUTO_HIDE, APPROVE, REJECT -> null;
        });
    }

    NoticeWording wording() {
        String key = "moderation.notice." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        return NoticeWording.personal(key, key + ".subject", key + ".mail", "moderation.notice.see");
    }
}
