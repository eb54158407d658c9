package dk.coi.portal.landscape;

/** The owner or staff ({@code byId}) made a person a co-editor of a case ({@code added}) or no longer one. */
public record CaseEditorsChanged(CaseId id, long personId, boolean added, long byId) {
}
