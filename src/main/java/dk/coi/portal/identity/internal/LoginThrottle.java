package dk.coi.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a local account for a while after repeated wrong passwords; each further series of failures
 * locks it for longer. A successful login resets the count.
 */
@Component
class LoginThrottle {

    private final PersonRepository people;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(PersonRepository people, Clock clock,
                  @Value("${portal.login.max-failures:5}") int maxFailures,
                  @Value("${portal.login.lock-duration:PT15M}") Duration lockFor) {
        this.people = people;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        people.findByEmailIgnoreCase(event.getAuthentication().getName().strip())
                .ifPresent(person -> person.recordFailedLogin(maxFailures, lockFor, clock.instant()));
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalUser user) {
            people.findById(user.personId()).ifPresent(Person::recordSuccessfulLogin);
        }
    }
}
