package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PortalPrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with a local account (e-mail and password). */
final class LocalUser implements UserDetails, PortalPrincipal, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String displayName;
    private final String email;
    private String passwordHash;
    private final List<GrantedAuthority> authorities;

    LocalUser(Person person) {
        this.personId = person.getId();
        this.displayName = person.getDisplayName();
        this.email = person.getEmail();
        this.passwordHash = person.getPasswordHash();
        this.authorities = Authorities.of(person.getRoles());
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
