package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.moderation.ReportOutcome;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonField;
import java.util.function.Consumer;

/**
 * "Rapportér" beside a piece of content, for signed-in people who have not reported it yet: a quiet button that
 * opens a choice of what is wrong, a reason and a send button, so a list of content does not carry a form under
 * every item. What the server says is said here, beside the content: what is missing at its fields, any other
 * refusal under them, and "received" in the form's place.
 */
public class ReportControl extends HorizontalLayout {

    private final ModerationService moderation;
    private final Subject subject;
    private final Consumer<String> whenHidden;
    private final Button start = new Button();
    private final FormStatus status;

    /**
     * {@code whenHidden} is told what to say to the reporter when their report hid the content: the view then shows
     * the content hidden, and says it there.
     */
    public ReportControl(ModerationService moderation, Subject subject, Consumer<String> whenHidden) {
        this.moderation = moderation;
        this.subject = subject;
        this.whenHidden = whenHidden;
        this.status = new FormStatus("report-status-" + idOf(subject));
        status.setWidthFull();   // on a line of its own under the form
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        start.setText(getTranslation("moderation.report.start"));
        start.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        start.setId("report-start-" + idOf(subject));
        start.addClickListener(click -> open());
        add(start);
    }

    /** Names the button for screen readers when several stand on one page, e.g. "Rapportér kommentaren af Kaj". */
    public ReportControl withAccessibleName(String name) {
        start.getElement().setAttribute("aria-label", name);
        return this;
    }

    /** The part of element ids that names the subject, e.g. {@code wiki-comment-12}. */
    public static String idOf(Subject subject) {
        return subject.type().replace('.', '-') + "-" + subject.id();
    }

    private void open() {
        Select<ReportCategory> category = new Select<>();
        category.setLabel(getTranslation("moderation.report.category"));
        category.setItems(ReportCategory.values());
        category.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        category.setId("report-category-" + idOf(subject));
        ReasonField reason = new ReasonField("moderation.report.reason", "report-reason-" + idOf(subject));
        reason.setWidth(null);
        Button send = new Button(getTranslation("moderation.report.send"), click -> send(category, reason));
        send.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        send.setId("report-send-" + idOf(subject));
        Button cancel = new Button(getTranslation("moderation.report.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        status.clear();
        removeAll();
        add(category, reason, send, cancel, status);
        category.focus();
    }

    private void send(Select<ReportCategory> category, ReasonField reason) {
        category.setInvalid(false);
        reason.setInvalid(false);
        status.clear();   // an earlier message must not stand beside this attempt's outcome
        try {
            ReportOutcome outcome = moderation.report(subject, category.getValue(), reason.getValue());
            if (outcome == ReportOutcome.HIDDEN) {
                whenHidden.accept(getTranslation(outcome.doneKey()));
                return;
            }
            removeAll();
            add(status);
            status.doneHere(getTranslation(outcome.doneKey()));
        } catch (InvalidInputException refused) {
            // Every field's problem is shown at once, the first field with one focused; anything else under them.
            String categoryKey = refused.fieldMessageKeys().get("category");
            if (categoryKey != null) {
                category.setErrorMessage(getTranslation(categoryKey));
                category.setInvalid(true);
            }
            boolean atReason = reason.explain(refused);
            if (categoryKey != null) {
                category.focus();
            }
            if (categoryKey == null && !atReason) {
                status.refused(refused);
            }
        }
    }

    private void close() {
        removeAll();
        add(start);
        start.focus();
    }
}
