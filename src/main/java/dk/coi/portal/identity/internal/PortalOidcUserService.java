package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.TextRules;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
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

    /**
     * The full name, else the user name, else the subject; without the characters the portal refuses in names
     * it is given, since a claim cannot be sent back to be corrected.
     */
    static String displayNameOf(OidcUser user) {
        return Stream.of(user.getFullName(), user.getPreferredUsername()).filter(Objects::nonNull)
                .map(name -> TextRules.cleanLine(name).strip()).filter(name -> !name.isEmpty())
                .findFirst().orElse(user.getSubject());
    }
}
