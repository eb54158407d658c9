package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.CommentView;
import java.util.List;

/**
 * An idea's comments as its page shows them, from one call: the thread in thread order (each with its stance as its
 * label; hidden ones as the thread kit shows them), the stances of the visible comments counted, and whether the
 * visitor may comment now (and why not), by the rule the writing methods enforce, and whether they may report others'
 * comments (anyone signed in; each comment says whether it is theirs or reported by them already), and whether they
 * may hide and restore comments in place (staff).
 */
public record IdeaDiscussion(IdeaId idea, List<CommentView> comments, StanceCounts stances, Commenting commenting,
                             boolean mayReport, boolean mayModerate) {

    public IdeaDiscussion {
        comments = List.copyOf(comments);
    }
}
