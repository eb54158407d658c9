package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.ideastorm.IdeaComments;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PlainText;
import dk.coi.portal.shared.Reason;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Comments on ideas as moderated content: named in the queue and the public log by the storm they are in (never by
 * the idea's title or their own words, which are content), leading to the comment in its idea's thread, hidden and
 * shown by moderation's decisions. Their notices quote nothing, so hiding has nothing to take back from them: a
 * notice about a hidden comment is no longer shown ({@link IdeaCommentNotices}).
 */
@Component
class ModeratedIdeaComments implements ModeratedContent {

    private final IdeaCommentRepository comments;
    private final Clock clock;

    ModeratedIdeaComments(IdeaCommentRepository comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    @Override
    public String type() {
        return IdeaComments.SUBJECT_TYPE;
    }

    @Override
    public Map<Long, ModeratedItem> describe(Collection<Long> ids) {
        Map<Long, IdeaCommentRepository.CommentPlace> places = places(ids);
        Map<Long, ModeratedItem> items = new HashMap<>();
        for (IdeaComment comment : comments.findAllById(ids)) {
            IdeaCommentRepository.CommentPlace place = places.get(comment.getId());
            items.put(comment.getId(), new ModeratedItem(
                    Phrase.of("ideastorm.moderation.comment-in", place.getStormTitle(),
                            place.getIdeaTitle()),
                    ModeratedItem.excerptOf(PlainText.ofMarkdown(comment.getBody())), pathOf(place),
                    comment.isHidden(), PersonId.of(comment.getAuthorId())));
        }
        return items;
    }

    @Override
    public Map<Long, String> paths(Collection<Long> ids) {
        return places(ids).values().stream().collect(Collectors.toMap(IdeaCommentRepository.CommentPlace::getId,
                ModeratedIdeaComments::pathOf));
    }

    @Override
    public void hide(long id, ModerationDecision decision) {
        comments.findById(id).orElseThrow()
                .hide(decision.personId(), decision.givenReason().map(Reason::text).orElse(null), clock.instant());
    }

    @Override
    public void show(long id, ModerationDecision decision) {
        comments.findById(id).orElseThrow().show();
    }

    private Map<Long, IdeaCommentRepository.CommentPlace> places(Collection<Long> ids) {
        return comments.findPlaces(ids).stream()
                .collect(Collectors.toMap(IdeaCommentRepository.CommentPlace::getId, place -> place));
    }

    /** The comment in its idea's thread. */
    static String pathOf(IdeaCommentRepository.CommentPlace place) {
        return StormRoutes.idea(StormId.of(place.getStormId()), place.getStormTitle(), IdeaId.of(place.getIdeaId()),
                place.getIdeaTitle()) + "#" + CommentView.anchor(place.getId());
    }
}
