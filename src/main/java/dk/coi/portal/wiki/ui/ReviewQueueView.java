package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.ui.ReasonField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.PendingEdit;
import dk.coi.portal.wiki.WikiReviewService;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import dk.coi.portal.shared.ui.ListScreen;
import dk.coi.portal.shared.ui.DiffPanel;

/** Staff review of changes to official pages: see each change as a diff, then publish or reject it. */
@Route(WikiRoutes.REVIEW)
@RolesAllowed("COI_STAFF")
class ReviewQueueView extends ListScreen {

    private final WikiReviewService review;

    ReviewQueueView(WikiReviewService review) {
        super("review-status");
        this.review = review;
    }

    @Override
    protected void addContent() {
        List<PendingEdit> pending = review.pending(null);
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.review.none")));
        }
        pending.forEach(edit -> add(section(edit)));
    }

    private Section section(PendingEdit edit) {
        Section section = new Section();
        section.setId("pending-" + edit.id());
        section.addClassName("portal-card");
        section.add(new H2(new Anchor(WikiTitles.path(edit.pageTitle()), edit.pageTitle())),
                new Paragraph(getTranslation("wiki.review.by", ChangeLines.name(edit.author()),
                        ChangeLines.time(edit.time(), getLocale()), edit.summary() == null ? "" : edit.summary())));
        if (edit.outdated()) {
            Paragraph outdated = new Paragraph(getTranslation("wiki.review.outdated"));
            outdated.addClassName("portal-alert");
            section.add(outdated);
        }
        section.add(DiffPanel.inline("pending-diff-" + edit.id(), review.diff(edit.id()).text(), false));
        TextField note = new ReasonField("wiki.review.note", "review-note-" + edit.id());
        Button accept = new Button(getTranslation("wiki.review.accept"), click -> decide(() ->
                review.accept(edit.id(), note.getValue()), "wiki.review.accepted"));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId("accept-" + edit.id());
        accept.getElement().setAttribute("aria-label", getTranslation("wiki.review.accept-named", edit.pageTitle()));
        Button reject = new Button(getTranslation("wiki.review.reject"), click -> decide(() ->
                review.reject(edit.id(), note.getValue()), "wiki.review.rejected"));
        reject.setId("reject-" + edit.id());
        reject.getElement().setAttribute("aria-label", getTranslation("wiki.review.reject-named", edit.pageTitle()));
        section.add(note, new HorizontalLayout(accept, reject));
        return section;
    }

    private void decide(Runnable action, String doneKey) {
        status.attempt(action, this::rebuild, doneKey);
    }

    @Override
    public String titleKey() {
        return "wiki.review.title";
    }
}
