package dk.coi.portal.landscape;

/** Staff sent a submitted case back to its editors with a comment. */
public record CaseReturned(CaseId id, long ownerId, long staffId, String comment) {
}
