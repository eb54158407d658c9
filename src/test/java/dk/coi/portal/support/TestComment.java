package dk.coi.portal.support;

import dk.coi.portal.shared.Subject;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import java.util.UUID;

/**
 * A talk comment by the signed-in person on a new wiki page of its own, as moderation's tests need content to
 * report: the page's title and the comment as moderation knows it.
 */
public record TestComment(String page, Subject subject) {

    public static TestComment on(WikiService wiki, WikiTalkService talk, String pagePrefix, String body) {
        String page = pagePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(page, "Tekst", "ny", false, null));
        return new TestComment(page, TalkComment.subject(talk.comment(page, null, body)));
    }
}
