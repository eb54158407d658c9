package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a Keycloak login: keeps one person row per OIDC subject, refreshes name, e-mail and roles from
 * Keycloak (which owns them in this mode), and signs the person in with the portal's authorities.
 */
@Service
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService keycloak = new OidcUserService();
    private final PersonRepository people;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PortalOidcUserService(PersonRepository people, TransactionTemplate transaction, Clock clock) {
        this.people = people;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = keycloak.loadUser(request);
        Set<Role> roles = KeycloakRoles.from(user.getIdToken().getClaims(), request.getAccessToken().getTokenValue());
        String name = displayNameOf(user);
        Person person = transaction.execute(status -> {
            Person row = people.findByOidcSubject(user.getSubject())
                    .orElseGet(() -> Person.fromOidc(user.getSubject(), name, user.getEmail(), clock.instant()));
            row.updateFromOidc(name, emailUnlessTakenByAnother(row, user.getEmail()), roles);
            return people.save(row);
        });
        return new PortalOidcUser(Authorities.of(roles), user.getIdToken(), user.getUserInfo(),
                person.getId(), person.getDisplayName());
    }

    /** A local account may already use the address; the Keycloak person then keeps no e-mail here. */
    private String emailUnlessTakenByAnother(Person row, String email) {
        if (email == null) {
            return null;
        }
        boolean taken = people.findByEmailIgnoreCase(email)
                .filter(other -> !other.getId().equals(row.getId()))
                .isPresent();
        return taken ? null : email;
    }

    private static String displayNameOf(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName().strip();
        }
        return user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
    }
}
