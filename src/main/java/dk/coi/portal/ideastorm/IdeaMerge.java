package dk.coi.portal.ideastorm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An idea's merges as its page shows them: the idea it was merged into (null: none), those merged into it, the names
 * of everyone credited (its author first, then the merged ideas' authors; null for an erased person), and whether the
 * visitor may merge it into another or undo its merge (staff, by the rules {@link IdeaMergeService} enforces).
 */
public record IdeaMerge(SimilarIdea mergedInto, List<SimilarIdea> mergedFrom, List<String> authors, boolean mayMerge,
                        boolean mayUndo) {

    public IdeaMerge {
        mergedFrom = List.copyOf(mergedFrom);
        authors = Collections.unmodifiableList(new ArrayList<>(authors));
    }

    /** Everyone credited, in the reader's words: "A og B", an erased person as {@code erased}. */
    public String credit(String erased, String and) {
        return authors.stream().map(name -> name == null ? erased : name).collect(Collectors.joining(and));
    }
}
