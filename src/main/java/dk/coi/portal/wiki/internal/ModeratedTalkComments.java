package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiRoutes;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Talk comments as moderated content: described for the staff queue, hidden and shown by moderation's
 * decisions (which the public wiki log shows from the moderation log); hiding takes the quote out of watchers'
 * notices and stops mail about the comment not yet sent, showing puts the quote back.
 */
@Component
class ModeratedTalkComments implements ModeratedContent {

    private final WikiTalkCommentRepository comments;
    private final WikiPageRepository pages;
    private final WatchNotifier notifier;
    private final Clock clock;

    ModeratedTalkComments(WikiTalkCommentRepository comments, WikiPageRepository pages, WatchNotifier notifier,
                          Clock clock) {
        this.comments = comments;
        this.pages = pages;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TalkComment.SUBJECT_TYPE;
    }

    @Override
    public Map<Long, ModeratedItem> describe(Collection<Long> ids) {
        List<WikiTalkComment> found = comments.findAllById(ids);
        Map<Long, WikiPage> pageById = pages.findAllById(found.stream().map(WikiTalkComment::getPageId).distinct()
                .toList()).stream().collect(Collectors.toMap(WikiPage::getId, Function.identity()));
        Map<Long, ModeratedItem> items = new HashMap<>();
        for (WikiTalkComment comment : found) {
            String title = pageById.get(comment.getPageId()).getTitle();
            items.put(comment.getId(), new ModeratedItem(Phrase.of("wiki.moderation.comment-on", title),
                    // [[links]] read as their words, as on the talk page.
                    ModeratedItem.excerptOf(WikiLinks.plainText(comment.getBody())),
                    WikiRoutes.comment(title, comment.getId()), comment.isHidden(),
                    comment.getPersonId() == null ? null : PersonId.of(comment.getPersonId())));
        }
        return items;
    }

    /** Only where the comments are, for the public wiki log: no text is read or rendered. */
    @Override
    public Map<Long, String> paths(Collection<Long> ids) {
        return comments.findPlaces(ids).stream().collect(Collectors.toMap(WikiTalkCommentRepository.CommentPlace::getId,
                place -> WikiRoutes.comment(place.getPageTitle(), place.getId())));
    }

    @Override
    public void hide(long id, ModerationDecision decision) {
        WikiTalkComment comment = comments.findById(id).orElseThrow();
        String reason = decision.givenReason().map(Reason::text).orElse(null);
        comment.hide(decision.personId(), reason, clock.instant());
        // Watchers' notices quote the comment: the quote goes, and mail not yet sent about it is not sent.
        notifier.commentHidden(id);
    }

    @Override
    public void show(long id, ModerationDecision decision) {
        WikiTalkComment comment = comments.findById(id).orElseThrow();
        comment.show();
        notifier.commentShown(id, comment.getBody());
    }
}
