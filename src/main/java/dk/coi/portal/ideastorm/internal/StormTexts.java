package dk.coi.portal.ideastorm.internal;

/** A storm's texts as the rules cleaned them: lines normalised, the description's line ends unified. */
public record StormTexts(String title, String question, String description, String ownerOrganisation) {
}
