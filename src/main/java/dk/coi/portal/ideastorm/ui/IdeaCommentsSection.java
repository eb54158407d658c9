package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.coi.portal.ideastorm.Commenting;
import dk.coi.portal.ideastorm.IdeaCommentService;
import dk.coi.portal.ideastorm.IdeaComments;
import dk.coi.portal.ideastorm.IdeaDiscussion;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaStance;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ui.ItemDecisions;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.CommentThread;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.List;
import java.util.Optional;

/**
 * An idea's comments on its page: how the visible comments stand (for, against, neutral), the thread of the shared
 * kit with each comment's stance in words, a form for a comment with a stance chosen in a labelled radio group
 * (neutral until chosen), replies, a report control on others' visible comments, and for staff hiding and restoring
 * each in place; where the visitor may not comment, why not.
 */
class IdeaCommentsSection extends Section {

    private final ModerationService moderation;
    private final Paragraph stances = new Paragraph();
    private final CommentThread thread;

    IdeaCommentsSection(IdeaCommentService comments, ModerationService moderation, StormId storm, IdeaId idea) {
        this.moderation = moderation;
        setId("idea-comments");
        H2 heading = new H2(getTranslation("ideastorm.comment.heading"));
        heading.setId("idea-comments-heading");
        getElement().setAttribute("aria-labelledby", "idea-comments-heading");
        stances.setId("idea-stance-counts");
        FormStatus status = new FormStatus("idea-comments-status");
        thread = new CommentThread("idea-comment-thread", () -> read(comments, storm, idea), null, status)
                .withHelp("ideastorm.comment.help");
        IdeaDiscussion first = comments.discussion(storm, idea).orElseThrow();
        add(heading, stances, status);
        Commenting commenting = first.commenting();
        if (commenting.isOpen()) {
            RadioButtonGroup<IdeaStance> stance = new RadioButtonGroup<>(getTranslation("ideastorm.comment.stance"));
            stance.setId("comment-stance");
            stance.setItems(IdeaStance.values());
            stance.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
            // Neutral unless the writer says otherwise (as in Decidim); the service still refuses one without a stance.
            stance.setValue(IdeaStance.NEUTRAL);
            stance.setManualValidation(true);
            thread.writable(IdeaCommentService.MAX_COMMENT_LENGTH, (parent, text) -> parent == null
                    ? comments.comment(idea, stance.getValue(), text) : comments.reply(parent, text))
                    // The service takes no reply under a hidden comment, so none is offered there.
                    .replyingTo(comment -> !comment.hidden());
            add(thread.newCommentForm().withField("stance", stance));
        } else {
            add(closed(commenting));
        }
        if (first.mayReport()) {
            thread.withAction(this::reportControl);
        }
        if (first.mayModerate()) {
            thread.withAction(this::staffDecisions);
        }
        add(thread);
        thread.refresh();
    }

    private List<CommentView> read(IdeaCommentService comments, StormId storm, IdeaId idea) {
        Optional<IdeaDiscussion> discussion = comments.discussion(storm, idea);
        discussion.ifPresent(found -> stances.setText(getTranslation("ideastorm.comment.stances",
                found.stances().forIdea(), found.stances().against(), found.stances().neutral())));
        return discussion.map(IdeaDiscussion::comments).orElse(List.of());
    }

    private Paragraph closed(Commenting commenting) {
        Paragraph closed = new Paragraph();
        closed.setId("idea-comment-closed");
        if (commenting == Commenting.SIGN_IN) {
            Anchor login = new Anchor("login", getTranslation(commenting.reasonKey()));
            login.setId("idea-comment-login");
            closed.add(login);
        } else {
            closed.setText(getTranslation(commenting.reasonKey()));
        }
        return closed;
    }

    /**
     * Staff hide a comment where it stands, with the reason its author and readers see in its place, or show a hidden
     * one again: moderation's own decisions, as in the queue; what was done is said at the comment.
     */
    private Optional<Component> staffDecisions(CommentView comment) {
        return Optional.of(ItemDecisions.inPlace(moderation, IdeaComments.subject(comment.id()), comment.hidden(),
                getTranslation("ideastorm.comment.named", ChangeLines.name(comment.author())),
                said -> thread.refreshSayingAt(comment.id(), said)));
    }

    /**
     * Anyone signed in may report someone else's visible comment once; when their report hides it, the thread shows
     * it hidden and says so there.
     */
    private Optional<Component> reportControl(CommentView comment) {
        if (comment.hidden() || comment.ownComment()) {
            return Optional.empty();
        }
        if (comment.reportedByMe()) {
            Span note = new Span(getTranslation("ideastorm.comment.reported-by-me"));
            note.setId("reported-" + comment.id());
            note.addClassName("portal-card-meta");
            return Optional.of(note);
        }
        return Optional.of(new ReportControl(moderation, IdeaComments.subject(comment.id()),
                said -> thread.refreshSayingAt(comment.id(), said))
                .withAccessibleName(getTranslation("ideastorm.comment.report-named",
                        ChangeLines.name(comment.author()))));
    }
}
