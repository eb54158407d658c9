package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Subject;
import java.time.Instant;

/**
 * A comment on a talk page in thread order, {@code depth} 0 for a comment on the page and one more for each
 * level of reply. {@code author} is null once the author has been erased. A hidden comment's text is given
 * to staff only; others see that it was hidden and why ({@code hiddenReason} is null when the portal hid it
 * because several people reported it, until staff decide). {@code reportedByMe}: the signed-in person has
 * reported the comment to moderation, and may not again.
 */
public record TalkComment(long id, Long parentId, int depth, Long authorId, String author, Instant time,
                          SafeHtml html, boolean hidden, String hiddenReason, boolean reportedByMe) {

    /** The subject type of talk comments in moderation (also the translation key of its name). */
    public static final String SUBJECT_TYPE = "wiki.comment";

    /** A comment as moderation knows it. */
    public static Subject subject(long commentId) {
        return new Subject(SUBJECT_TYPE, commentId);
    }

    public Subject subject() {
        return subject(id);
    }
}
