package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ObservationAuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Service methods (and HTTP requests) are authorised without an observation (a timer) for each check, while sign-ins
 * are still observed (design decision 012).
 */
@PortalTest
class SecurityObservationsTest {

    private static final String AUTHORISATION_TIMER = "spring.security.authorizations";

    @Autowired
    MeterRegistry meters;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonService people;
    @Autowired
    SecurityObservationSettings settings;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void serviceMethodsAreAuthorisedAndRefusedWithoutAnObservationOfTheCheck() {
        long person = signedIn.crowd("Målt Mette", 1).getFirst();
        signedIn.as(person, "Målt Mette 1", Role.CITIZEN);
        assertThat(people.currentPerson()).hasValueSatisfying(current -> assertThat(current.id()).isEqualTo(person));
        signedIn.anonymous();
        assertThatThrownBy(people::mayLinkLocalAccount).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(meters.find(AUTHORISATION_TIMER).meters()).isEmpty();
        assertThat(meters.find(AUTHORISATION_TIMER + ".active").meters()).isEmpty();
    }

    /**
     * The control for the test above: the same kind of check, observed as Spring Security observes it when the switch
     * is on, records the very timers that test finds absent; and the switch leaves sign-ins observed.
     */
    @Test
    void anObservedCheckRecordsTheTimerAndSignInsAreStillObserved() {
        SimpleMeterRegistry counted = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(counted));
        ObservationAuthorizationManager<Object> observed = new ObservationAuthorizationManager<>(observations,
                AuthenticatedAuthorizationManager.authenticated());
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(observed.authorize(() -> anonymous, "a service call").isGranted()).isFalse();

        assertThat(counted.find(AUTHORISATION_TIMER).timer()).isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
        assertThat(counted.find(AUTHORISATION_TIMER + ".active").longTaskTimer()).isNotNull();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isTrue();
    }
}
