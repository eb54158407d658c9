package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.moderation.ReportOutcome;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.ReasonedDecisions;
import dk.coi.portal.shared.ui.RequiredChoice;
import java.util.function.Consumer;

/**
 * "Rapportér" beside a piece of content, for signed-in people who have not reported it yet: a quiet button that
 * opens a choice of what is wrong, a reason and a send button ({@link ReasonedDecisions}), so a list of content does
 * not carry a form under every item. What the server says is said here, beside the content: what is missing at its
 * fields, any other refusal under them, and "received" in the form's place.
 */
public class ReportControl extends ReasonedDecisions {

    private final ModerationService moderation;
    private final Subject subject;
    private final Consumer<String> whenHidden;
    private final Select<ReportCategory> category = new Select<>();
    private final Decision report;

    /**
     * {@code whenHidden} is told what to say to the reporter when their report hid the content: the view then shows
     * the content hidden, and says it there.
     */
    public ReportControl(ModerationService moderation, Subject subject, Consumer<String> whenHidden) {
        super("report-status-" + idOf(subject));
        this.moderation = moderation;
        this.subject = subject;
        this.whenHidden = whenHidden;
        category.setLabel(getTranslation("moderation.report.category"));
        category.setItems(ReportCategory.values());
        category.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        category.setId("report-category-" + idOf(subject));
        RequiredChoice.mark(category, "moderation.report.category-required");
        report = small().offer("report-start-" + idOf(subject), getTranslation("moderation.report.start"))
                .asking("category", category)
                .reason("report-reason-" + idOf(subject), "moderation.report.reason", null, true)
                .decidedBy("report-send-" + idOf(subject), getTranslation("moderation.report.send"),
                        ButtonVariant.PRIMARY, this::send);
    }

    /** Names the button for screen readers when several stand on one page, e.g. "Rapportér kommentaren af Kaj". */
    public ReportControl withAccessibleName(String name) {
        report.named(name);
        return this;
    }

    /** The part of element ids that names the subject, e.g. {@code wiki-comment-12}. */
    public static String idOf(Subject subject) {
        return subject.type().replace('.', '-') + "-" + subject.id();
    }

    private void send(String reason) {
        ReportOutcome outcome = moderation.report(subject, category.getValue(), reason);
        if (outcome == ReportOutcome.HIDDEN) {
            whenHidden.accept(getTranslation(outcome.doneKey()));
        } else {
            doneHere(getTranslation(outcome.doneKey()));
        }
    }
}
