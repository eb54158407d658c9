package dk.coi.portal.shared;

import java.time.Instant;

/**
 * A comment as any module's comment thread shows it (a wiki talk page, an idea storm's idea), in thread order:
 * {@code depth} 0 for a comment on the thing discussed and one more for each level of reply. {@code author} is
 * null once the author has been erased. A hidden comment's {@code html} is given to staff only (null for
 * others), who see that it was hidden and why; {@code hiddenReason} is null when the portal hid it because
 * several people reported it, until staff decide. {@code reportedByMe}: the signed-in person has reported the
 * comment to moderation, and may not again. {@code ownComment}: the signed-in person wrote it (also under an
 * account since merged with theirs), so it is not theirs to report.
 */
public record CommentView(long id, Long parentId, int depth, Long authorId, String author, Instant time,
                          SafeHtml html, boolean hidden, String hiddenReason, boolean reportedByMe,
                          boolean ownComment) {

    /** How deep replies are indented at most; deeper ones stay level, so threads stay readable on a phone. */
    public static final int MAX_INDENT = 4;

    /** The element id of a comment in its thread, for links to it ("…#kommentar-12"). */
    public static String anchor(long commentId) {
        return "kommentar-" + commentId;
    }

    /** The level the comment is indented at in its thread ({@code portal-comment-depth-N}). */
    public int indent() {
        return Math.min(depth, MAX_INDENT);
    }
}
