package dk.coi.portal.support;

import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.Role;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Puts a person (or an anonymous visitor) into the security context for service tests. Uses the
 * application's own context-holder strategy (Vaadin's), which method security reads, rather than the static
 * holder that another test's Spring context may have replaced.
 */
@TestComponent
public class SignedIn {

    public record TestPrincipal(long personId, String displayName) implements PortalPrincipal {
    }

    private final SecurityContextHolderStrategy strategy;

    SignedIn(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public void as(long personId, String name, Role role) {
        List<SimpleGrantedAuthority> authorities = role.withIncluded().stream()
                .map(included -> new SimpleGrantedAuthority(included.authority())).toList();
        use(UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(personId, name), null, authorities));
    }

    public void anonymous() {
        use(new AnonymousAuthenticationToken("test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    public void clear() {
        strategy.clearContext();
    }

    private void use(Authentication authentication) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }
}
