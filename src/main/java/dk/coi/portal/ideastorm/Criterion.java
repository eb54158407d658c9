package dk.coi.portal.ideastorm;

/** A criterion of a storm's evaluation rubric: its name, optional description and weight (1–10). */
public record Criterion(long id, String name, String description, int weight) {
}
