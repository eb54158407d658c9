package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaComments;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.SubjectName;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Comments on ideas as the subjects of the notices that tell an idea's author of a comment and a comment's author of
 * a reply ({@link CommentNotifier}): named by the idea's title, leading to the comment in the thread. Nobody follows
 * a comment; its notices are left for the people it concerns. A hidden comment (or one on a hidden idea) is not
 * readable, so its notice is no longer shown or mailed.
 */
@Component
class IdeaCommentNotices implements FollowableContent {

    private final IdeaCommentRepository comments;

    IdeaCommentNotices(IdeaCommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public String subjectType() {
        return IdeaComments.SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return comments.findPlaces(ids).stream().filter(IdeaCommentRepository.CommentPlace::isVisible)
                .collect(Collectors.toMap(IdeaCommentRepository.CommentPlace::getId,
                        place -> SubjectName.titled(place.getIdeaTitle(), ModeratedIdeaComments.pathOf(place))));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        String key = "ideastorm.notice." + IdeaComments.NoticeKind.valueOf(kind).name().toLowerCase(Locale.ROOT)
                .replace('_', '-');
        return NoticeWording.personal(key, key + ".subject", key + ".mail", "ideastorm.notice.see-comment");
    }
}
