package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.FollowedList;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.SubjectName;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Storms as something to follow: named by their title, every published storm readable (a draft is for staff alone, a
 * deleted storm is gone), every notice
 * leading to the storm's page, where its phases are, or (that they are published) to its results.
 */
@Component
class StormFollowNotices implements FollowableContent {

    private static final NoticeWording OPENED = new NoticeWording("ideastorm.notice.opened",
            "ideastorm.mail.opened.subject", "ideastorm.mail.opened", "ideastorm.mail.see");
    private static final NoticeWording VOTING_CLOSES = new NoticeWording("ideastorm.notice.voting-closes",
            "ideastorm.mail.voting-closes.subject", "ideastorm.mail.voting-closes", "ideastorm.mail.vote");
    private static final NoticeWording RESULTS_PUBLISHED = new NoticeWording("ideastorm.notice.results-published",
            "ideastorm.mail.results-published.subject", "ideastorm.mail.results-published",
            "ideastorm.mail.see-results");

    private final StormRepository storms;

    StormFollowNotices(StormRepository storms) {
        this.storms = storms;
    }

    @Override
    public String subjectType() {
        return StormFollowing.STORM;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return storms.findAllById(ids).stream().filter(storm -> !storm.isDraft()).collect(Collectors.toMap(Storm::getId,
                storm -> SubjectName.titled(storm.getTitle(), StormRoutes.storm(storm.stormId(), storm.getTitle()))));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return StormFollowing.NoticeKind.valueOf(kind) == StormFollowing.NoticeKind.RESULTS_PUBLISHED
                ? name.path() + "/" + StormRoutes.RESULTS : name.path();
    }

    /** The followed storms are listed on a page of their own, which the notices page links to. */
    @Override
    public Optional<FollowedList> followedList() {
        return Optional.of(new FollowedList(StormRoutes.FOLLOWED, "ideastorm.followed.title"));
    }

    @Override
    public NoticeWording wording(String kind) {
        return switch (StormFollowing.NoticeKind.valueOf(kind)) {
            case OPENED -> OPENED;
            case VOTING_CLOSES -> VOTING_CLOSES;
            case RESULTS_PUBLISHED -> RESULTS_PUBLISHED;
        };
    }
}
