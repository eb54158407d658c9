package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.DemoActors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The demo people as actors: the same principal and authorities as when they sign in with their password
 * ({@link LocalUser}), so method security and "who did it" are the real ones. Refuses anyone but the accounts
 * {@link DemoAccounts} makes.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoAccountActors implements DemoActors {

    private final PersonRepository people;
    private final SecurityContextHolderStrategy securityContext;

    DemoAccountActors(PersonRepository people, SecurityContextHolderStrategy securityContext) {
        this.people = people;
        this.securityContext = securityContext;
    }

    @Override
    public void runAs(String demoEmail, Runnable work) {
        if (!DemoAccounts.isDemoAccount(demoEmail)) {
            throw new IllegalArgumentException("Not a demo account: " + demoEmail);
        }
        LocalUser user = new LocalUser(people.findByEmailIgnoreCase(demoEmail).orElseThrow());
        user.eraseCredentials();
        SecurityContext previous = securityContext.getContext();
        SecurityContext demo = securityContext.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(demo);
        try {
            work.run();
        } finally {
            securityContext.setContext(previous);
        }
    }
}
