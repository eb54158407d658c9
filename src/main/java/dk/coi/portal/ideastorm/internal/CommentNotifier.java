package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.IdeaCommented;
import dk.coi.portal.ideastorm.IdeaComments;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a comment has committed, tells the people it concerns, as each chose to hear (portal, mail, digest) and in
 * their language: the idea's author of a comment on their idea, a comment's author of a reply to it. Nobody is told of
 * their own comment ({@link Notifications#notifyPeople} leaves out the actor). The notice stores its kind and the
 * comment alone; the words are the reader's.
 */
@Component
class CommentNotifier {

    private final IdeaRepository ideas;
    private final IdeaCommentRepository comments;
    private final Notifications notifications;
    private final SystemIdentity system;

    CommentNotifier(IdeaRepository ideas, IdeaCommentRepository comments, Notifications notifications,
                    SystemIdentity system) {
        this.ideas = ideas;
        this.comments = comments;
        this.notifications = notifications;
        this.system = system;
    }

    @ApplicationModuleListener
    void commented(IdeaCommented commented) {
        PersonId told = commented.parent() == null
                ? PersonId.of(ideas.findById(commented.idea().value()).orElseThrow().getAuthorId())
                : PersonId.of(comments.findById(commented.parent()).orElseThrow().getAuthorId());
        IdeaComments.NoticeKind kind = commented.parent() == null ? IdeaComments.NoticeKind.ON_YOUR_IDEA
                : IdeaComments.NoticeKind.TO_YOUR_COMMENT;
        system.run("idea-comment-notices", () -> notifications.notifyPeople(List.of(told), new NewNotice(
                IdeaComments.subject(commented.comment()), kind.name(), null, commented.author(), null,
                commented.at())));
    }
}
