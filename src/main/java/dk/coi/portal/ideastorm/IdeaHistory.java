package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.TextDiff;
import java.util.List;

/**
 * An idea's revisions, newest first (its author's edits and staff's public answer alike, each a named revision), and
 * (when two were asked for) the difference between them: the title, the description and the public answer each as a
 * text diff. {@code diff} is null without two revisions to compare.
 */
public record IdeaHistory(IdeaScreen idea, List<IdeaRevision> revisions, Comparison diff) {

    public IdeaHistory {
        revisions = List.copyOf(revisions);
    }

    /**
     * Two revisions compared, the older first; {@code answer} is null when neither has a public answer (an empty
     * text where only one has).
     */
    public record Comparison(IdeaRevision from, IdeaRevision to, TextDiff title, TextDiff description,
                             TextDiff answer) {
    }
}
