package dk.coi.portal.landscape;

import java.time.Instant;

/**
 * A published case its editors changed since staff last looked at it, as staff's review screen lists it: title,
 * organisation, since when, where it is read, where its changes since staff's last look are shown side by side, and
 * the version listed (marking it seen is refused for a case changed again since).
 */
public record ChangedCase(CaseId id, String title, String organisationName, Instant uncheckedSince, String path,
                          String changesPath, long version) {
}
