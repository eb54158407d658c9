package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import dk.coi.portal.moderation.AwaitingItem;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.ReasonedDecisions;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The decisions on one item in the staff queue (or on content in its own place, {@link #inPlace}), each behind its quiet button with its reason
 * ({@link ReasonedDecisions}): hide it (keep it hidden, when it is hidden already), restore it when hidden, dismiss
 * the reports when it is visible or gone; approve or reject content held back for approval. Each reason field says who will read the reason. A refusal is said here;
 * what was done, by the view that reads the queue again.
 */
public class ItemDecisions extends ReasonedDecisions {

    private final Subject subject;
    private final String id;
    /** The item's name, for the buttons' accessible names: a queue holds many identical "Skjul …" buttons. */
    private final String itemName;
    private final Consumer<String> decided;

    /** {@code decided} is told what was done, translated, once the service has taken the decision. */
    ItemDecisions(ModerationService moderation, QueuedItem queued, String itemName, Consumer<String> decided) {
        this(queued.subject(), itemName, decided);
        boolean hidden = !queued.gone() && queued.item().hidden();
        if (!queued.gone()) {
            // The same decision either way; moderation logs hiding what is hidden already as keeping it hidden.
            decision(hidden ? "keep-hidden" : "hide", "hide", ButtonVariant.ERROR, true,
                    "moderation.queue.reason-public-required", moderation::hide, "moderation.queue.hidden-done");
        }
        if (hidden) {
            decision("restore", "restore", ButtonVariant.PRIMARY, false, "moderation.queue.reason-public-optional",
                    moderation::restore, "moderation.queue.restored");
        } else {
            decision("dismiss", "dismiss", ButtonVariant.PRIMARY, false, "moderation.queue.reason-staff-optional",
                    moderation::dismiss, "moderation.queue.dismissed");
        }
    }

    /** The decisions on content held back for approval: publish it (reason optional) or reject it (reason required). */
    ItemDecisions(ModerationService moderation, AwaitingItem awaiting, String itemName, Consumer<String> decided) {
        this(awaiting.subject(), itemName, decided);
        decision("approve", "approve", ButtonVariant.PRIMARY, false, "moderation.queue.reason-public-optional",
                moderation::approve, "moderation.queue.approved");
        decision("reject", "reject", ButtonVariant.ERROR, true, "moderation.queue.reason-author-required",
                moderation::reject, "moderation.queue.rejected");
    }

    /**
     * Staff's decisions on content where it stands (a comment on its page), as the queue's: hide it (a reason,
     * required: shown in its place and told to its author) or, when {@code hidden}, restore it. The same decisions,
     * closing its reports and logged alike.
     */
    public static ItemDecisions inPlace(ModerationService moderation, Subject subject, boolean hidden,
                                        String itemName, Consumer<String> decided) {
        ItemDecisions decisions = new ItemDecisions(subject, itemName, decided);
        decisions.small();
        if (hidden) {
            decisions.decision("restore", "restore", ButtonVariant.PRIMARY, false,
                    "moderation.queue.reason-public-optional", moderation::restore, "moderation.queue.restored");
        } else {
            decisions.decision("hide", "hide", ButtonVariant.ERROR, true, "moderation.queue.reason-public-required",
                    moderation::hide, "moderation.queue.hidden-done");
        }
        return decisions;
    }

    private ItemDecisions(Subject subject, String itemName, Consumer<String> decided) {
        super("moderation-refused-" + ReportControl.idOf(subject));
        this.subject = subject;
        this.id = ReportControl.idOf(subject);
        this.itemName = itemName;
        this.decided = decided;
    }

    /**
     * A decision whose words are {@code moderation.queue.<action>} (its button) and {@code …-start} (the quiet one),
     * whose buttons' ids begin with {@code idPrefix}, and whose reason is said under its field ({@code helpKey}).
     */
    private void decision(String action, String idPrefix, ButtonVariant variant, boolean reasonRequired,
                          String helpKey, BiConsumer<Subject, String> decide, String doneKey) {
        String start = getTranslation("moderation.queue." + action + "-start");
        offer(idPrefix + "-start-" + id, start).named(start + " " + itemName)
                .reason("moderation-reason-" + id, "moderation.queue.reason", helpKey, reasonRequired)
                .decidedBy(idPrefix + "-" + id, getTranslation("moderation.queue." + action), variant, reason -> {
                    decide.accept(subject, reason);
                    decided.accept(getTranslation(doneKey));
                });
    }
}
