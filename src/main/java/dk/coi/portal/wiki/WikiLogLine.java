package dk.coi.portal.wiki;

import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.shared.Phrase;
import java.time.Instant;

/**
 * A line of the public wiki log, the wiki's own actions ({@link WikiLogAction}) and moderation's decisions on talk
 * comments: what the portal says about the action ({@code facts}, e.g. both titles of a move; null when the action
 * says it all) and the person's own {@code reason} (null when none was given); {@code person} is null once the
 * person has been erased. {@code path} leads to what the action concerns: the page, or the comment while it exists.
 */
public record WikiLogLine(long id, Instant time, Long personId, String person, LogKind kind, String pageTitle,
                          String path, Phrase facts, String reason) implements RecentActivity {

    /** Lines the log's screen shows, the latest. */
    public static final int SCREENFUL = 200;

    /**
     * The action's words, reading into the page's title: moderation's decisions read as being about a comment on
     * its talk page.
     */
    public String labelKey() {
        if (kind.equals(ModerationAction.HIDE.kind())) {
            return WikiLogAction.HIDE_COMMENT.kind().labelKey();
        }
        if (kind.equals(ModerationAction.RESTORE.kind())) {
            return WikiLogAction.SHOW_COMMENT.kind().labelKey();
        }
        if (kind.module().equals("moderation")) {
            return "wiki.log.comment." + kind.code().substring("moderation.".length());
        }
        return kind.labelKey();
    }
}
