package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PortalPrincipal;
import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through Keycloak, linked to their portal person row. */
final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String displayName;

    PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                   long personId, String displayName) {
        super(authorities, idToken, userInfo);
        this.personId = personId;
        this.displayName = displayName;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
