package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import dk.coi.portal.support.SignedIn;
import java.time.Instant;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Keycloak logins for tests without a Keycloak server: the person row and the sign-in Spring would make. */
@TestComponent
public class KeycloakSignIns {

    private final PersonLinks links;
    private final SecurityContextHolderStrategy securityContext;

    KeycloakSignIns(PersonLinks links, SecurityContextHolderStrategy securityContext) {
        this.links = links;
        this.securityContext = securityContext;
    }

    /** Signs in through "Keycloak" as the subject with this e-mail, which Keycloak does or does not vouch for. */
    public long signIn(String subject, String email, boolean emailVerified) {
        Person person = links.signIn(new OidcIdentity(subject, "Mads fra Keycloak", email, emailVerified, null,
                Set.of(Role.EMPLOYEE)));
        Instant now = Instant.now();
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(300)).build();
        PortalOidcUser principal = new PortalOidcUser(Authorities.of(Set.of(Role.EMPLOYEE)), token, null,
                person.getId(), person.getDisplayName());
        SignedIn.use(securityContext,
                new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "keycloak"));
        return person.getId();
    }
}
