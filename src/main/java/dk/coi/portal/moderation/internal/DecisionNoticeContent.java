package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
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
 *
 * <p>The title this type gives the notification module is its own token, handed back to it alone: where the
 * content is now, a line break, and the stored title phrase. Both are read in one query per list of notices.
 */
@Component
class DecisionNoticeContent implements FollowableContent {

    private static final PhraseConverter PHRASES = new PhraseConverter();
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
    public Map<Long, String> readableTitles(Collection<Long> ids) {
        List<ModerationLogEntry> decisions = log.findAllById(ids).stream()
                .filter(entry -> DECISIONS.contains(entry.kind().code())).toList();
        Map<Subject, String> paths = contents.paths(decisions.stream()
                .map(ModerationLogEntry::subject).distinct().toList());
        return decisions.stream().collect(Collectors.toMap(ModerationLogEntry::getId,
                entry -> paths.getOrDefault(entry.subject(), NotificationRoutes.NOTICES) + "\n"
                        + PHRASES.convertToDatabaseColumn(entry.getTitle())));
    }

    @Override
    public Phrase shownTitle(String title) {
        return PHRASES.convertToEntityAttribute(title.substring(title.indexOf('\n') + 1));
    }

    @Override
    public String path(long id, String title) {
        return title.substring(0, title.indexOf('\n'));
    }

    @Override
    public String noticePath(long id, String title, String kind, Long detailId) {
        return path(id, title);
    }

    @Override
    public NoticeWording wording(String kind) {
        return DecisionNotice.valueOf(kind).wording();
    }
}
