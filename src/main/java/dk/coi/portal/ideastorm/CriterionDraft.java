package dk.coi.portal.ideastorm;

/** A criterion as staff write it into a storm's rubric; checked by the service (weight 1–10, null: not given). */
public record CriterionDraft(String name, String description, Integer weight) {
}
