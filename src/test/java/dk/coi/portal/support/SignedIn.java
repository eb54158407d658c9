package dk.coi.portal.support;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SignUpRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate database;

    SignedIn(SecurityContextHolderStrategy strategy, PersonService people, JdbcTemplate database) {
        this.strategy = strategy;
        this.people = people;
        this.database = database;
    }

    /** Signs up a new local account (as an anonymous visitor would), without signing in. */
    public TestPerson signUp(String name) {
        anonymous();
        String email = "test-" + UUID.randomUUID() + "@example.dk";
        return new TestPerson(people.signUp(new SignUpRequest(name, email, PASSWORD)), name, email);
    }

    /** Signs up a new local account stored as a public employee's (as their organisation's login stores it), not signed in. */
    public TestPerson signUpEmployee(String name) {
        TestPerson person = signUp(name);
        database.update("insert into person_role (person_id, role) values (?, ?)", person.id(), Role.EMPLOYEE.name());
        return person;
    }

    /** A public employee (as {@link #signUpEmployee}) whose account names their workplace, not signed in. */
    public TestPerson signUpEmployee(String name, String workplace) {
        TestPerson person = signUpEmployee(name);
        database.update("update person set workplace = ? where id = ?", workplace, person.id());
        return person;
    }

    /**
     * Many citizens at once ("name 1", "name 2", …), for tests of many people acting together: written in one batch
     * and without a password, as signing up a thousand people one by one would spend most of a test hashing
     * passwords nobody signs in with. Returns their person ids in order; nobody is signed in.
     */
    public List<Long> crowd(String name, int count) {
        String emails = "crowd-" + UUID.randomUUID() + "-";
        database.batchUpdate("insert into person (display_name, email, created_at) values (?, ?, utc_timestamp(6))",
                IntStream.rangeClosed(1, count).mapToObj(i -> new Object[] {name + " " + i, emails + i + "@example.dk"})
                        .toList());
        List<Long> ids = database.queryForList("select id from person where email like ? order by id", Long.class,
                emails + "%");
        database.batchUpdate("insert into person_role (person_id, role) values (?, ?)",
                ids.stream().map(id -> new Object[] {id, Role.CITIZEN.name()}).toList());
        return ids;
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

    /**
     * The refusal of the person's call, or null when it went through; for calls made on a thread of their own, where
     * the person is signed in for the call only.
     */
    public Throwable refusalOf(long personId, String name, Role role, Runnable call) {
        as(personId, name, role);
        try {
            call.run();
            return null;
        } catch (RuntimeException refused) {
            return refused;
        } finally {
            clear();
        }
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
