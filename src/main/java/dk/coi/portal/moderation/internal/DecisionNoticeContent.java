package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.Subject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Moderation's decisions as the subjects of the notices that tell the people concerned of them
 * ({@link DecisionNotices}): named by what the content was called when decided ("a comment on the talk page of X"),
 * translated for each reader, and leading to the content while it exists (to the notices otherwise). Nobody follows
 * a decision; its notices are left for named people.
 * Where the content is now and what it was called are read in one query per list of notices.
 */
@Component
class DecisionNoticeContent implements FollowableContent {

    private static final Set<String> DECISIONS = Arrays.stream(ModerationAction.values())
            .map(action -> action.kind().code()).collect(Collectors.toSet());

    private final ModerationLogRepository log;
    private final ModeratedContents contents;

    DecisionNoticeContent(ModerationLogRepository log, ModeratedContents contents) {
        this.log = log;
        this.contents = contents;
    }

    @Override
    public String subjectType() {
        return DecisionNotices.SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        List<ModerationLogEntry> decisions = log.findAllById(ids).stream()
                .filter(entry -> DECISIONS.contains(entry.kind().code())).toList();
        Map<Subject, String> paths = contents.paths(decisions.stream()
                .map(ModerationLogEntry::subject).distinct().toList());
        return decisions.stream().collect(Collectors.toMap(ModerationLogEntry::getId, entry -> SubjectName.described(
                entry.getTitle(), paths.getOrDefault(entry.subject(), NotificationRoutes.NOTICES))));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        return DecisionNotice.valueOf(kind).wording();
    }
}
