package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.CaseLine;
import dk.coi.portal.landscape.CasePatrol;
import dk.coi.portal.landscape.CaseReviewScreen;
import dk.coi.portal.landscape.CaseReviews;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.ChangedCase;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ListScreen;
import dk.coi.portal.shared.ui.ReasonedDecisions;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * COI staff's review queue: the submitted cases, longest waiting first, each with a link to read it, a button that
 * publishes it and a decision that sends it back with a comment to its editors (who are told of either); above them
 * the ideas carried on in the idea storms that wait for a case draft and the drafts made of them not yet submitted
 * ({@link CarriedOnIdeasSection}); then the published cases changed by their editors since staff last looked, each
 * with its changes and a button marking it seen ({@link CasePatrol}); last the published cases lacking a contact
 * person or a qualification section, to have them filled. All of it is one read ({@link CaseReviews#screen}); the
 * buttons call the deciding services.
 */
@Route(CaseRoutes.REVIEW)
@PermitAll
class CaseReviewView extends ListScreen {

    private final CaseReviews reviews;
    private final CaseService cases;
    private final CasePatrol patrol;

    CaseReviewView(CaseReviews reviews, CaseService cases, CasePatrol patrol) {
        super("case-review-status");
        this.reviews = reviews;
        this.cases = cases;
        this.patrol = patrol;
        addClassName("portal-case-review");
    }

    @Override
    protected void addContent() {
        CaseReviewScreen screen = reviews.screen();
        if (!screen.mayReview()) {
            add(CaseRefusal.of("landscape.refusal.review"));
            return;
        }
        Anchor stale = new Anchor("/" + CaseRoutes.STALE, getTranslation("landscape.stale.link"));
        stale.setId("case-review-stale");
        add(new Paragraph(stale));
        add(CarriedOnIdeasSection.of(screen.ideasWaiting(), getLocale()),
                CarriedOnIdeasSection.drafts(screen.draftsFromIdeas()));
        addSubmitted(screen.submitted());
        addChangedAfterPublishing(screen.changed());
        addIncomplete(screen.incomplete());
    }

    /** Published cases missing a contact person or a section: each links to its form, where staff may fill it. */
    private void addIncomplete(List<CaseLine> incomplete) {
        if (incomplete.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("landscape.review.incomplete.title"));
        heading.setId("case-incomplete-heading");
        UnorderedList list = new UnorderedList();
        list.setId("case-incomplete-list");
        incomplete.forEach(line -> list.add(new ListItem(new Anchor("/" + line.editPath(), line.title()),
                ChangeLines.separator(), new Text(line.organisationName()), ChangeLines.separator(),
                new Text(getTranslation(line.hasContact() ? "landscape.review.incomplete.sections"
                        : "landscape.review.incomplete.contact")))));
        add(heading, new Paragraph(getTranslation("landscape.review.incomplete.intro")), list);
    }

    private void addSubmitted(List<CaseLine> waiting) {
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.review.none"));
            none.setId("case-review-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("case-review-list");
        for (CaseLine line : waiting) {
            ListItem item = new ListItem(new Anchor("/" + line.path(), line.title()), ChangeLines.separator(),
                    new Text(line.organisationName()), ChangeLines.separator(),
                    new Text(getTranslation("landscape.review.submitted-at",
                            ChangeLines.time(line.submittedAt(), getLocale()))));
            ReasonedDecisions sendBack = new ReasonedDecisions("case-send-back-status-" + line.id().value());
            sendBack.offer("case-send-back-" + line.id().value(), getTranslation("landscape.review.send-back"))
                    .named(getTranslation("landscape.review.send-back-named", line.title()))
                    .reason("case-send-back-comment-" + line.id().value(), "landscape.review.comment",
                            "landscape.review.comment-help", true)
                    .decidedBy("case-send-back-confirm-" + line.id().value(),
                            getTranslation("landscape.review.send-back"), ButtonVariant.PRIMARY, comment -> {
                                cases.sendBack(line.id(), line.version(), comment);
                                status.done(getTranslation("landscape.review.sent-back"));
                                rebuild();
                            });
            item.add(new Div(line.hasContact() && line.qualified() ? publish(line) : missing(line), sendBack));
            list.add(item);
        }
        add(list);
    }

    /** Published cases whose editors' changes went live unseen by staff, as MediaWiki lists unpatrolled edits. */
    private Button publish(CaseLine line) {
        Button publish = new Button(getTranslation("landscape.review.publish"), click -> PublishConfirmation.ask(
                this, line.title(), () -> status.attempt(() -> cases.publish(line.id(), line.version()),
                        this::rebuild, "landscape.review.published")));
        publish.setId("case-publish-" + line.id().value());
        publish.addThemeVariants(ButtonVariant.TERTIARY);
        publish.getElement().setAttribute("aria-label", getTranslation("landscape.review.publish-named",
                line.title()));
        return publish;
    }

    /** Instead of publishing, which the service refuses: a case without a contact or a section is sent back. */
    private Span missing(CaseLine line) {
        Span missing = new Span(getTranslation(line.hasContact() ? "landscape.review.missing-qualification"
                : "landscape.review.missing-contact"));
        missing.setId((line.hasContact() ? "case-missing-qualification-" : "case-missing-contact-")
                + line.id().value());
        return missing;
    }

    private void addChangedAfterPublishing(List<ChangedCase> changed) {
        H2 heading = new H2(getTranslation("landscape.review.changed.title"));
        heading.setId("case-changed-heading");
        add(heading);
        if (changed.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.review.changed.none"));
            none.setId("case-changed-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("case-changed-list");
        for (ChangedCase line : changed) {
            Anchor changes = new Anchor("/" + line.changesPath(), getTranslation("landscape.review.changed.see"));
            changes.setId("case-changes-" + line.id().value());
            changes.getElement().setAttribute("aria-label", getTranslation("landscape.review.changed.see-named",
                    line.title()));
            Button seen = new Button(getTranslation("landscape.review.changed.seen"), click -> status.attempt(
                    () -> patrol.markSeen(line.id(), line.version()), this::rebuild,
                    "landscape.review.changed.marked-seen"));
            seen.setId("case-seen-" + line.id().value());
            seen.addThemeVariants(ButtonVariant.TERTIARY);
            seen.getElement().setAttribute("aria-label", getTranslation("landscape.review.changed.seen-named",
                    line.title()));
            list.add(new ListItem(new Anchor("/" + line.path(), line.title()), ChangeLines.separator(),
                    new Text(line.organisationName()), ChangeLines.separator(),
                    new Text(getTranslation("landscape.review.changed.since",
                            ChangeLines.time(line.uncheckedSince(), getLocale()))),
                    new Div(changes, seen)));
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "landscape.review.title";
    }
}
