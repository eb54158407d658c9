package dk.coi.portal.identity;

/** What a citizen types to create a local account. */
public record SignUpRequest(String displayName, String email, String password) {
}
