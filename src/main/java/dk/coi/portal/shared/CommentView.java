package dk.coi.portal.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A comment as any module's comment thread shows it (a wiki talk page, an idea storm's idea), in thread order:
 * {@code depth} 0 for a comment on the thing discussed and one more for each level of reply. {@code author} is
 * null once the author has been erased. A hidden comment's {@code html} is given to staff only (null for
 * others), who see that it was hidden and why; {@code hiddenReason} is null when the portal hid it because
 * several people reported it, until staff decide. {@code reportedByMe}: the signed-in person has reported the
 * comment to moderation, and may not again. {@code ownComment}: the signed-in person wrote it (also under an
 * account since merged with theirs), so it is not theirs to report. {@code labelKey}: the translation key of a short
 * word the module marks the comment with, said in words beside its author (an idea comment's stance: "For"), or null.
 */
public record CommentView(long id, Long parentId, int depth, Long authorId, String author, Instant time,
                          SafeHtml html, boolean hidden, String hiddenReason, boolean reportedByMe,
                          boolean ownComment, String labelKey) {

    /** A comment without a label. */
    public CommentView(long id, Long parentId, int depth, Long authorId, String author, Instant time, SafeHtml html,
                       boolean hidden, String hiddenReason, boolean reportedByMe, boolean ownComment) {
        this(id, parentId, depth, authorId, author, time, html, hidden, hiddenReason, reportedByMe, ownComment, null);
    }

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

    /**
     * A module's comments in thread order: each comment followed by its replies, in the order given (oldest first),
     * each made a view by {@code view} with its depth.
     */
    public static <T> List<CommentView> inThreadOrder(List<T> comments, Function<T, Long> id, Function<T, Long> parent,
                                                      BiFunction<T, Integer, CommentView> view) {
        Map<Long, List<T>> replies = new LinkedHashMap<>();
        comments.forEach(comment -> replies.computeIfAbsent(parent.apply(comment), none -> new ArrayList<>())
                .add(comment));
        List<CommentView> thread = new ArrayList<>();
        addThread(replies, null, 0, id, view, thread);
        return thread;
    }

    private static <T> void addThread(Map<Long, List<T>> replies, Long parent, int depth, Function<T, Long> id,
                                      BiFunction<T, Integer, CommentView> view, List<CommentView> thread) {
        for (T comment : replies.getOrDefault(parent, List.of())) {
            thread.add(view.apply(comment, depth));
            addThread(replies, id.apply(comment), depth + 1, id, view, thread);
        }
    }
}
