package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns roles into granted authorities, each role bringing the roles it includes. */
final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Collection<Role> roles) {
        return roles.stream()
                .flatMap(role -> role.withIncluded().stream())
                .distinct()
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
