package dk.coi.portal.landscape;

/**
 * A case that names the signed-in person its contact person, as their requests page lists it: its title, its page
 * when published (null while they may not read it) and whether their name is shown publicly.
 */
public record ContactOf(CaseId id, String title, String path, boolean namePublic) {
}
