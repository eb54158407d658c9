package dk.coi.portal.landscape;

/**
 * A case as its edit form opens it: its fields as a draft, the version they are (a save of an older one is refused),
 * its status and staff's comment when it was sent back.
 */
public record CaseEditing(CaseId id, CaseDraft draft, long version, CaseStatus status, String staffComment,
                          String path) {
}
