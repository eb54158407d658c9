package dk.coi.portal.support;

import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.Role;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person (or an anonymous visitor) into the security context for service tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public record TestPrincipal(long personId, String displayName) implements PortalPrincipal {
    }

    public static void as(long personId, String name, Role role) {
        List<SimpleGrantedAuthority> authorities = role.withIncluded().stream()
                .map(included -> new SimpleGrantedAuthority(included.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(personId, name), null, authorities));
    }

    public static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
