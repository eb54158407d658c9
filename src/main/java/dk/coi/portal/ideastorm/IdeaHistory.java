package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.TextDiff;
import java.util.List;

/**
 * An idea's revisions, newest first, and (when two were asked for) the difference between them: the title and
 * the description each as a text diff. {@code diff} is null without two revisions to compare.
 */
public record IdeaHistory(IdeaScreen idea, List<IdeaRevision> revisions, Comparison diff) {

    public IdeaHistory {
        revisions = List.copyOf(revisions);
    }

    /** Two revisions compared, the older first. */
    public record Comparison(IdeaRevision from, IdeaRevision to, TextDiff title, TextDiff description) {
    }
}
