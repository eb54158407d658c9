package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.TextRules;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * After a Keycloak login: finds the person it belongs to ({@link PersonLinks}: one person per human, linked
 * to a local account when Keycloak vouches for the e-mail), refreshes name, e-mail, workplace and roles from
 * Keycloak (which owns them in this mode), and signs the person in with the portal's authorities.
 */
@Service
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The claim with the person's workplace (a Keycloak user-attribute mapper in the realm). */
    static final String WORKPLACE_CLAIM = "workplace";

    private final OidcUserService keycloak = new OidcUserService();
    private final PersonLinks links;

    PortalOidcUserService(PersonLinks links) {
        this.links = links;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = keycloak.loadUser(request);
        Set<Role> roles = KeycloakRoles.from(user.getIdToken().getClaims(), request.getAccessToken().getTokenValue());
        Person person = links.signIn(new OidcIdentity(user.getSubject(), displayNameOf(user), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), workplaceOf(user), roles));
        return new PortalOidcUser(Authorities.of(roles), user.getIdToken(), user.getUserInfo(),
                person.getId(), person.getDisplayName());
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

    private static String workplaceOf(OidcUser user) {
        String workplace = user.getClaimAsString(WORKPLACE_CLAIM);
        if (workplace == null || workplace.isBlank()) {
            return null;
        }
        String stripped = workplace.strip();
        return stripped.length() > Person.MAX_WORKPLACE_LENGTH ? stripped.substring(0, Person.MAX_WORKPLACE_LENGTH)
                : stripped;
    }
}
