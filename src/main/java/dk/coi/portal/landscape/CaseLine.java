package dk.coi.portal.landscape;

import java.time.Instant;

/**
 * A case as a person's own list and staff's review queue show it: title, organisation, status, when it was last
 * submitted (null: never), staff's comment when returned, where it is read and edited, the version listed, and
 * whether it names a contact person and their role and answers all four qualification sections (without them it is
 * neither submitted nor published).
 */
public record CaseLine(CaseId id, String title, String organisationName, CaseStatus status, Instant submittedAt,
                       String staffComment, String path, String editPath, long version, boolean hasContact,
                       boolean qualified) {
}
