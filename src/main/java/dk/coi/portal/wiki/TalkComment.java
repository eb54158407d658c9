package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;

/**
 * A comment on a talk page in thread order, {@code depth} 0 for a comment on the page and one more for each
 * level of reply. {@code author} is null once the author has been erased. A hidden comment's text is given
 * to staff only; others see that it was hidden and why.
 */
public record TalkComment(long id, Long parentId, int depth, Long authorId, String author, Instant time,
                          SafeHtml html, boolean hidden, String hiddenReason) {
}
