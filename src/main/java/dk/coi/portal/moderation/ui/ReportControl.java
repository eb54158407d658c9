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

/**
 * "Rapportér" beside a piece of content, for signed-in people: a quiet button that opens a choice of what is
 * wrong, a reason and a send button, so a list of content does not carry a form under every item. What the
 * server says (received, hidden, refused) is announced in the view's {@link FormStatus}.
 */
public class ReportControl extends HorizontalLayout {

    private final ModerationService moderation;
    private final Subject subject;
    private final FormStatus status;
    private final Runnable afterReport;
    private final Button start = new Button();

    /** {@code afterReport} refreshes the view once a report is received (the content may be hidden now). */
    public ReportControl(ModerationService moderation, Subject subject, FormStatus status, Runnable afterReport) {
        this.moderation = moderation;
        this.subject = subject;
        this.status = status;
        this.afterReport = afterReport;
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
        removeAll();
        add(category, reason, send, cancel);
        category.focus();
    }

    private void send(Select<ReportCategory> category, ReasonField reason) {
        category.setInvalid(false);
        reason.setInvalid(false);
        status.done("");   // an earlier message must not stand beside this attempt's outcome
        try {
            ReportOutcome outcome = moderation.report(subject, category.getValue(), reason.getValue());
            close();
            afterReport.run();
            status.done(getTranslation(outcome.doneKey()));
        } catch (InvalidInputException refused) {
            // What is missing is said at the fields the person is at; anything else in the status.
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
