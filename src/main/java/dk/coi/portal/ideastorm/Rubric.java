package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm's evaluation rubric as staff edit it: its criteria in order, whether it is locked (a score has been given
 * on it, so changing it would change what the scores mean) and the version an edit starts from.
 */
public record Rubric(List<Criterion> criteria, boolean locked, long version) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }
}
