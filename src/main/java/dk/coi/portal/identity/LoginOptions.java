package dk.coi.portal.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** Which ways of signing in this installation offers. */
@Component
public class LoginOptions {

    /** Path that starts a Keycloak login. */
    public static final String KEYCLOAK_LOGIN_PATH = "/oauth2/authorization/keycloak";

    private final boolean keycloakEnabled;

    LoginOptions(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.keycloakEnabled = oidcClients.getIfAvailable() != null;
    }

    public boolean keycloakEnabled() {
        return keycloakEnabled;
    }
}
