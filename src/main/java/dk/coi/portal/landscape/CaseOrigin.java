package dk.coi.portal.landscape;

/**
 * The idea a case was made from, as the case's page names it ("Fra idéen X i idéstormen Y"), with the idea's page
 * ({@code ideaPath}, without the leading slash).
 */
public record CaseOrigin(String ideaTitle, String stormTitle, String ideaPath) {
}
