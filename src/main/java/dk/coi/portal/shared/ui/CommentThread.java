package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Comments and their replies, for any module that lets people discuss something: each with its author, time and
 * text, a hidden one with the reason in its place. Replies are indented up to a few levels, then stay level, so
 * threads stay readable on a phone. People who may write reply under a comment; what else may be done to a
 * comment (report it, hide it) the module adds as {@link Action}s, so the kit depends on no module.
 */
public class CommentThread extends Div {

    /**
     * Stores the person's comment, a reply when {@code parentId} is given, and returns its id; throws
     * {@link InvalidInputException} when the input is refused.
     */
    @FunctionalInterface
    public interface Poster {
        long post(Long parentId, String text);
    }

    /** What a module lets the reader do to one comment beside replying, e.g. report it: a control, or none. */
    @FunctionalInterface
    public interface Action {
        Optional<Component> of(CommentView comment);
    }

    private final Supplier<List<CommentView>> comments;
    private final LongFunction<String> authorLink;
    private final FormStatus status;
    private final List<Action> actions = new ArrayList<>();
    private Poster poster;
    private Predicate<CommentView> repliable = comment -> true;
    private int maxLength;
    private String helpKey = "comment.help";

    /**
     * {@code comments} reads the thread anew, in thread order, after every change; {@code authorLink} is where an
     * author's name links to (null: the name is not a link); {@code status} is the view's, where what was done to a comment is announced once the
     * comment has left the thread.
     */
    public CommentThread(String id, Supplier<List<CommentView>> comments, LongFunction<String> authorLink,
                         FormStatus status) {
        this.comments = comments;
        this.authorLink = authorLink;
        this.status = status;
        setId(id);
    }

    /** Lets the reader write: a reply button under each comment, and {@link #newCommentForm()}. */
    public CommentThread writable(int maxLength, Poster poster) {
        this.maxLength = maxLength;
        this.poster = poster;
        return this;
    }

    /** Offers a reply only under the comments the module takes replies to (by default all it shows). */
    public CommentThread replyingTo(Predicate<CommentView> which) {
        this.repliable = which;
        return this;
    }

    /** What the forms say under the text about writing it (by default: Markdown and the wiki's [[links]]). */
    public CommentThread withHelp(String key) {
        this.helpKey = key;
        return this;
    }

    public CommentThread withAction(Action action) {
        actions.add(action);
        return this;
    }

    /** The form for a comment on the thing itself rather than a reply; only for a {@link #writable} thread. */
    public CommentForm newCommentForm() {
        return new CommentForm("new", getTranslation("comment.new"), getTranslation("comment.send"), maxLength,
                text -> posted(poster.post(null, text))).helped(getTranslation(helpKey));
    }

    /** Shows the thread as it is now, e.g. after an action changed a comment. */
    public void refresh() {
        removeAll();
        List<CommentView> thread = comments.get();
        if (thread.isEmpty()) {
            add(new Paragraph(getTranslation("comment.none")));
            return;
        }
        thread.forEach(comment -> add(articleOf(comment)));
        FragmentTarget.showWhenBuilt(this);   // #kommentar-N
    }

    /**
     * Shows the thread anew and says what was done at the comment it was done to (e.g. that a report hid it), where
     * the person is, rather than at the top of the page.
     */
    public void refreshSayingAt(long commentId, String said) {
        refresh();
        Optional<Article> comment = getChildren().filter(Article.class::isInstance).map(Article.class::cast)
                .filter(article -> article.getId().orElse("").equals(CommentView.anchor(commentId))).findFirst();
        if (comment.isEmpty()) {
            status.done(said);   // the comment is gone from the thread: said where the view says things
            return;
        }
        FormStatus here = new FormStatus("comment-status-" + commentId);
        comment.get().add(here);
        here.doneHere(said);
    }

    /**
     * The new comment, said posted at itself and focused: the form the person wrote a reply in is gone with the
     * thread read anew, and the keyboard goes on from what they wrote, not from the top of the page.
     */
    private void posted(long commentId) {
        refreshSayingAt(commentId, getTranslation("comment.posted"));
    }

    private Article articleOf(CommentView comment) {
        Article article = new Article();
        article.setId(CommentView.anchor(comment.id()));
        article.addClassNames("portal-comment", "portal-comment-depth-" + comment.indent());
        Paragraph byline = new Paragraph(authorLink == null ? ChangeLines.author(comment.author())
                : ChangeLines.author(comment.author(), comment.authorId(), authorLink),
                ChangeLines.separator(), new Span(ChangeLines.time(comment.time(), getLocale())));
        if (comment.labelKey() != null) {
            Span label = new Span(getTranslation(comment.labelKey()));
            label.addClassName("portal-comment-label");
            byline.add(ChangeLines.separator(), label);
        }
        byline.addClassName("portal-card-meta");
        article.add(byline);
        if (comment.hidden()) {
            Paragraph hidden = new Paragraph(comment.hiddenReason() == null
                    ? getTranslation("comment.hidden-reported")
                    : getTranslation("comment.hidden", comment.hiddenReason()));
            hidden.addClassName("portal-alert");
            article.add(hidden);
            if (comment.ownComment() && comment.html() != null) {
                article.add(new Paragraph(getTranslation("comment.hidden-own")));
            }
        }
        if (comment.html() != null) {
            article.add(SafeHtmlContent.prose(comment.html()));
        }
        HorizontalLayout row = actionsOf(comment, article);
        if (row.getComponentCount() > 0) {
            article.add(row);
        }
        return article;
    }

    private HorizontalLayout actionsOf(CommentView comment, Article article) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (poster != null && repliable.test(comment)) {
            row.add(replyButton(comment, article));
        }
        actions.forEach(action -> action.of(comment).ifPresent(row::add));
        return row;
    }

    private Button replyButton(CommentView comment, Article article) {
        // Named by author and time, so a screen reader tells apart the replies to one person's several comments.
        String replyTo = getTranslation("comment.reply-to", ChangeLines.name(comment.author()),
                DateFormats.dateTime(comment.time(), getLocale()));
        Button reply = new Button(getTranslation("comment.reply"), click -> {
            Button opened = click.getSource();
            CommentForm form = new CommentForm(String.valueOf(comment.id()), replyTo,
                    getTranslation("comment.send-reply"), maxLength, text -> posted(poster.post(comment.id(), text)))
                    .helped(getTranslation(helpKey))
                    .closable(() -> {
                        // Back where the person was: the button that opened the form.
                        opened.setEnabled(true);
                        opened.focus();
                    });
            article.add(form);
            form.focus();
            opened.setEnabled(false);
        });
        reply.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        reply.setId("reply-" + comment.id());
        reply.getElement().setAttribute("aria-label", replyTo);
        return reply;
    }
}
