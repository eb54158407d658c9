package dk.coi.portal.landscape;

/** A case's editor or staff ({@code byId}) named another person ({@code personId}) the case's contact person. */
public record CaseContactNamed(CaseId id, long personId, long byId) {
}
