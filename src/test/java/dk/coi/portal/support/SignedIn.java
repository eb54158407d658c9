package dk.coi.portal.support;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SignUpRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Puts a person (or an anonymous visitor) into the security context for service tests. Uses the
 * application's own context-holder strategy (Vaadin's), which method security reads, rather than the static
 * holder that another test's Spring context may have replaced.
 */
@TestComponent
public class SignedIn {

    /** The password of every account {@link #signUp} makes, for signing in with it in a browser. */
    public static final String PASSWORD = "Mange grønne æbler i kurven";

    public record TestPrincipal(long personId, String displayName) implements PortalPrincipal {
    }

    /** A person signed up for a test, with a unique e-mail address. */
    public record TestPerson(long id, String name, String email) {
    }

    private final SecurityContextHolderStrategy strategy;
    private final PersonService people;

    SignedIn(SecurityContextHolderStrategy strategy, PersonService people) {
        this.strategy = strategy;
        this.people = people;
    }

    /** Signs up a new local account (as an anonymous visitor would), without signing in. */
    public TestPerson signUp(String name) {
        anonymous();
        String email = "test-" + UUID.randomUUID() + "@example.dk";
        return new TestPerson(people.signUp(new SignUpRequest(name, email, PASSWORD)), name, email);
    }

    /** Signs up a new person and signs them in with the role; returns their person id. */
    public long newPerson(String name, Role role) {
        TestPerson person = signUp(name);
        as(person, role);
        return person.id();
    }

    public void as(TestPerson person, Role role) {
        as(person.id(), person.name(), role);
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
        SecurityContextHolder.clearContext();
    }

    private void use(Authentication authentication) {
        use(strategy, authentication);
    }

    /**
     * Puts the authentication into the application's strategy and into the static holder as well: browserless
     * view tests read the static one, which the last-started Spring context (of several cached ones) owns.
     */
    public static void use(SecurityContextHolderStrategy strategy, Authentication authentication) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }
}
