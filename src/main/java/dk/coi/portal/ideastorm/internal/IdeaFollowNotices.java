package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaFollowing;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.SubjectName;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Ideas as something to follow: named by their title, readable while not hidden, every notice leading to the idea's
 * page, where its status and public answer are.
 */
@Component
class IdeaFollowNotices implements FollowableContent {

    private static final NoticeWording ANSWERED = new NoticeWording("ideastorm.notice.answered",
            "ideastorm.mail.answered.subject", "ideastorm.mail.answered", "ideastorm.mail.see-answer");
    private static final NoticeWording STATUS_CHANGED = new NoticeWording("ideastorm.notice.status-changed",
            "ideastorm.mail.status-changed.subject", "ideastorm.mail.status-changed", "ideastorm.mail.see-idea");

    private static final NoticeWording ANSWERED_WITH_STATUS = new NoticeWording(
            "ideastorm.notice.answered-with-status", "ideastorm.mail.answered-with-status.subject",
            "ideastorm.mail.answered-with-status", "ideastorm.mail.see-answer");

    private static final NoticeWording ANSWER_CHANGED = new NoticeWording("ideastorm.notice.answer-changed",
            "ideastorm.mail.answer-changed.subject", "ideastorm.mail.answer-changed", "ideastorm.mail.see-answer");

    private final IdeaRepository ideas;

    private static final Set<String> ALL_KINDS = Arrays.stream(IdeaFollowing.NoticeKind.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    IdeaFollowNotices(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    @Override
    public String subjectType() {
        return IdeaId.SUBJECT_TYPE;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return ideas.findVisiblePlaces(ids).stream().collect(Collectors.toMap(IdeaRepository.IdeaPlace::getId,
                place -> SubjectName.titled(place.getTitle(), place.path())));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        return switch (IdeaFollowing.NoticeKind.valueOf(kind)) {
            case ANSWERED -> ANSWERED;
            case STATUS_CHANGED -> STATUS_CHANGED;
            case ANSWERED_WITH_STATUS -> ANSWERED_WITH_STATUS;
            case ANSWER_CHANGED -> ANSWER_CHANGED;
        };
    }

    /** An idea's answer and status are read together on its page: one mail tells of them until the person looks. */
    @Override
    public Set<String> mailedTogether(String kind) {
        return ALL_KINDS;
    }
}
