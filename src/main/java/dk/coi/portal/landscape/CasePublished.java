package dk.coi.portal.landscape;

/** Staff published a case (its owner is told; the catalogue and the map may listen). */
public record CasePublished(CaseId id, long ownerId, long staffId) {
}
