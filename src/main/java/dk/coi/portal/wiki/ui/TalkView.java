package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.ui.CommentForm;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ReasonField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.List;
import java.util.Optional;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shared.ui.FormStatus;

/**
 * A page's talk page: named comments and replies in threads, a form for a new comment, a way for signed-in
 * people to report someone else's comment to moderation (once), and for staff a way to hide a comment with a
 * reason. Replies are indented up to a few levels, then stay level, so threads stay readable on a phone.
 */
@Route(WikiRoutes.TALK)
@AnonymousAllowed
class TalkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_INDENT = 4;

    private final WikiService wiki;
    private final WikiTalkService talk;
    private final WikiWatchService watchlist;
    private final PersonService people;
    private final ModerationService moderation;
    private final FormStatus status = new FormStatus("talk-status");
    private final Div thread = new Div();
    private String title = "";
    private Optional<CurrentPerson> person = Optional.empty();

    TalkView(WikiService wiki, WikiTalkService talk, WikiWatchService watchlist, PersonService people,
             ModerationService moderation) {
        this.wiki = wiki;
        this.talk = talk;
        this.watchlist = watchlist;
        this.people = people;
        this.moderation = moderation;
        thread.setId("talk-comments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        person = people.currentPerson();
        removeAll();
        status.setText("");
        add(new H1(getTranslation("wiki.talk.heading", title)));
        Optional<WikiPageView> page = wiki.page(title).filter(found -> !found.deleted());
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.page.missing")));
            return;
        }
        add(new Anchor(page.get().path(), getTranslation("wiki.talk.back", page.get().title())),
                new Paragraph(getTranslation("wiki.talk.intro")), status);
        watchlist.markSeen(title);
        if (person.isPresent()) {
            add(new CommentForm("new", getTranslation("wiki.talk.new"), getTranslation("wiki.talk.send"),
                    WikiTalkService.MAX_COMMENT_LENGTH, text -> posted(talk.comment(title, null, text))));
        } else {
            Anchor login = new Anchor("login", getTranslation("wiki.talk.login"));
            login.setId("talk-login");
            add(new Paragraph(login));
        }
        add(new H2(getTranslation("wiki.talk.comments")), thread);
        showThread();
    }

    private void posted(long commentId) {
        showThread();
        status.done(getTranslation("wiki.talk.posted"));
        getElement().executeJs("document.getElementById($0)?.scrollIntoView({block: 'center'})",
                "kommentar-" + commentId);
    }

    private void showThread() {
        thread.removeAll();
        List<TalkComment> comments = talk.comments(title);
        if (comments.isEmpty()) {
            thread.add(new Paragraph(getTranslation("wiki.talk.none")));
            return;
        }
        comments.forEach(comment -> thread.add(articleOf(comment)));
        // The browser looked for #kommentar-N before the thread existed; look again now, and once the router has
        // put the address (with its #) in place when the page was reached by a link inside the portal.
        getElement().executeJs("""
                const show = () => { if (location.hash) document.getElementById(location.hash.substring(1))
                        ?.scrollIntoView({block: 'center'}); };
                show();
                window.addEventListener('vaadin-navigated', show, {once: true});
                requestAnimationFrame(() => requestAnimationFrame(show));""");
    }

    private Article articleOf(TalkComment comment) {
        Article article = new Article();
        article.setId("kommentar-" + comment.id());
        article.addClassNames("portal-comment", "portal-comment-depth-" + Math.min(comment.depth(), MAX_INDENT));
        Paragraph byline = new Paragraph(ChangeLines.author(comment.author(), comment.authorId()),
                ChangeLines.separator(), new Span(ChangeLines.time(comment.time(), getLocale())));
        byline.addClassName("portal-card-meta");
        article.add(byline);
        if (comment.hidden()) {
            Paragraph hidden = new Paragraph(comment.hiddenReason() == null ? getTranslation("wiki.talk.hidden-reported")
                    : getTranslation("wiki.talk.hidden", comment.hiddenReason()));
            hidden.addClassName("portal-alert");
            article.add(hidden);
        }
        if (comment.html() != null) {
            article.add(SafeHtmlContent.prose(comment.html()));
        }
        if (person.isPresent()) {
            article.add(actions(comment, article));
        }
        return article;
    }

    private HorizontalLayout actions(TalkComment comment, Article article) {
        String author = comment.author() == null ? getTranslation("person.erased") : comment.author();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button reply = new Button(getTranslation("wiki.talk.reply"), click -> {
            CommentForm form = new CommentForm(String.valueOf(comment.id()),
                    getTranslation("wiki.talk.reply-to", author), getTranslation("wiki.talk.send-reply"),
                    WikiTalkService.MAX_COMMENT_LENGTH, text -> posted(talk.comment(title, comment.id(), text)));
            article.add(form);
            form.focus();
            click.getSource().setEnabled(false);
        });
        reply.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        reply.setId("reply-" + comment.id());
        reply.getElement().setAttribute("aria-label", getTranslation("wiki.talk.reply-to", author));
        actions.add(reply);
        if (!comment.hidden() && !Long.valueOf(person.get().id()).equals(comment.authorId())) {
            actions.add(comment.reportedByMe() ? reportedNote(comment)
                    : new ReportControl(moderation, comment.subject(), said -> saidAt(comment.id(), said))
                            .withAccessibleName(getTranslation("wiki.talk.report-named", author)));
        }
        if (person.get().has(Role.COI_STAFF)) {
            actions.add(comment.hidden() ? showButton(comment) : hideControls(comment));
        }
        return actions;
    }

    /** In place of "Rapportér" on a comment the person has reported: a second report would be refused. */
    private Span reportedNote(TalkComment comment) {
        Span note = new Span(getTranslation("wiki.talk.reported-by-me"));
        note.setId("reported-" + comment.id());
        note.addClassName("portal-card-meta");
        return note;
    }

    /** Shows the thread again and says what was done at the comment it was done to, where the person is. */
    private void saidAt(long commentId, String said) {
        showThread();
        FormStatus here = new FormStatus("talk-status-" + commentId);
        thread.getChildren().filter(article -> article.getId().orElse("").equals("kommentar-" + commentId))
                .findFirst().ifPresent(article -> ((Article) article).add(here));
        here.doneHere(said);
    }

    private Button showButton(TalkComment comment) {
        Button show = new Button(getTranslation("wiki.talk.show"), click -> act(() -> talk.show(comment.id()),
                "wiki.talk.shown"));
        show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        show.setId("show-" + comment.id());
        return show;
    }

    /**
     * A quiet "Skjul …" button; the reason field and the red button that hides appear only when a staff member
     * chooses to hide this comment, so a thread does not carry a form under every comment.
     */
    private HorizontalLayout hideControls(TalkComment comment) {
        HorizontalLayout controls = new HorizontalLayout();
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button start = new Button(getTranslation("wiki.talk.hide-start"));
        start.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        start.setId("hide-start-" + comment.id());
        start.addClickListener(click -> {
            ReasonField reason = new ReasonField("wiki.reason", "hide-reason-" + comment.id());
            reason.setWidth(null);   // beside its buttons, not across the comment
            Button hide = new Button(getTranslation("wiki.talk.hide"), confirm -> {
                status.done("");   // an earlier message must not stand beside this attempt's outcome
                try {
                    talk.hide(comment.id(), reason.getValue());
                    showThread();
                    status.done(getTranslation("wiki.talk.hidden-done"));
                } catch (InvalidInputException refused) {
                    // A missing reason is shown at the field the person is at, not at the top of the thread.
                    if (!reason.explain(refused)) {
                        status.refused(refused);
                    }
                }
            });
            hide.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            hide.setId("hide-" + comment.id());
            Button cancel = new Button(getTranslation("wiki.talk.hide-cancel"));
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            cancel.addClickListener(unused -> {
                controls.removeAll();
                controls.add(start);
                start.focus();
            });
            controls.removeAll();
            controls.add(reason, hide, cancel);
            reason.focus();
        });
        controls.add(start);
        return controls;
    }

    private void act(Runnable action, String doneKey) {
        status.attempt(action, this::showThread, doneKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.talk.heading", title) + " | " + getTranslation("app.name");
    }
}
