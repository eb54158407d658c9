package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.CommentThread;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonedDecisions;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.Optional;

/**
 * A page's talk page: named comments and replies in a {@link CommentThread}, a form for a new comment, a way for
 * signed-in people to report someone else's comment to moderation (once), and for staff a way to hide a comment
 * with a reason or show it again, with a reason if they will.
 */
@Route(WikiRoutes.TALK)
@AnonymousAllowed
class TalkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiTalkService talk;
    private final WikiWatchService watchlist;
    private final PersonService people;
    private final ModerationService moderation;
    private final FormStatus status = new FormStatus("talk-status");
    private CommentThread thread;
    private String title = "";

    TalkView(WikiService wiki, WikiTalkService talk, WikiWatchService watchlist, PersonService people,
             ModerationService moderation) {
        this.wiki = wiki;
        this.talk = talk;
        this.watchlist = watchlist;
        this.people = people;
        this.moderation = moderation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        status.clear();
        add(new H1(getTranslation("wiki.talk.heading", title)));
        Optional<WikiPageView> page = wiki.page(title).filter(found -> !found.deleted());
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.page.missing")));
            return;
        }
        add(new Anchor(page.get().path(), getTranslation("wiki.talk.back", page.get().title())),
                new Paragraph(getTranslation("wiki.talk.intro")), status);
        watchlist.markTalkSeen(title);
        thread = new CommentThread("talk-comments", () -> talk.comments(title), WikiRoutes::contributions, status);
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isPresent()) {
            thread.writable(WikiTalkService.MAX_COMMENT_LENGTH, (parent, text) -> talk.comment(title, parent, text))
                    .withAction(this::reportControl);
            if (person.get().has(Role.COI_STAFF)) {
                thread.withAction(comment -> Optional.of(staffDecision(comment)));
            }
            add(thread.newCommentForm());
        } else {
            Anchor login = new Anchor("login", getTranslation("wiki.talk.login"));
            login.setId("talk-login");
            add(new Paragraph(login));
        }
        add(new H2(getTranslation("wiki.talk.comments")), thread);
        thread.refresh();
    }

    /**
     * Anyone signed in may report someone else's comment once, unless it is hidden already; when their report hides
     * it, the thread shows it hidden and says so there. Whose comment it is the service says, by moderation's rule.
     */
    private Optional<Component> reportControl(CommentView comment) {
        if (comment.hidden() || comment.ownComment()) {
            return Optional.empty();
        }
        if (comment.reportedByMe()) {
            return Optional.of(reportedNote(comment));
        }
        return Optional.of(new ReportControl(moderation, TalkComment.subject(comment.id()),
                said -> thread.refreshSayingAt(comment.id(), said))
                .withAccessibleName(getTranslation("wiki.talk.report-named", ChangeLines.name(comment.author()))));
    }

    /** In place of "Rapportér" on a comment the person has reported: a second report would be refused. */
    private Span reportedNote(CommentView comment) {
        Span note = new Span(getTranslation("wiki.talk.reported-by-me"));
        note.setId("reported-" + comment.id());
        note.addClassName("portal-card-meta");
        return note;
    }

    /**
     * Staff hide a comment with a reason, shown in its place and in the public wiki log, or show a hidden one again,
     * optionally saying why; each behind a quiet button, so a thread does not carry a form under every comment. What
     * was done is said at the comment, where the person and the focus were, not at the top of the thread.
     */
    private ReasonedDecisions staffDecision(CommentView comment) {
        long id = comment.id();
        ReasonedDecisions decision = new ReasonedDecisions("moderate-status-" + id).small();
        if (comment.hidden()) {
            decision.offer("show-start-" + id, getTranslation("wiki.talk.show-start"))
                    .reason("show-reason-" + id, "wiki.reason", "wiki.talk.show-reason-help", false)
                    .decidedBy("show-" + id, getTranslation("wiki.talk.show"), ButtonVariant.PRIMARY, reason -> {
                        talk.show(id, reason);
                        thread.refreshSayingAt(id, getTranslation("wiki.talk.shown"));
                    });
        } else {
            decision.offer("hide-start-" + id, getTranslation("wiki.talk.hide-start"))
                    .reason("hide-reason-" + id, "wiki.reason", "wiki.talk.hide-reason-help", true)
                    .decidedBy("hide-" + id, getTranslation("wiki.talk.hide"), ButtonVariant.ERROR, reason -> {
                        talk.hide(id, reason);
                        thread.refreshSayingAt(id, getTranslation("wiki.talk.hidden-done"));
                    });
        }
        return decision;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.talk.heading", title) + " | " + getTranslation("app.name");
    }
}
