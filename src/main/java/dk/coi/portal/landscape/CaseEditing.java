package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;

/**
 * A case as its edit form opens it: its fields as a draft, the version they are (a save of an older one is refused),
 * its status, staff's comment when it was sent back, and its contact person by name and workplace (null: none).
 */
public record CaseEditing(CaseId id, CaseDraft draft, long version, CaseStatus status, String staffComment,
                          String path, Author contact) {
}
