package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Service methods check their caller without an observation (a timer) for each check (design decision 012). */
@PortalTest
class SecurityObservationsTest {

    @Autowired
    MeterRegistry meters;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonService people;

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

        assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
        assertThat(meters.find("spring.security.authorizations.active").meters()).isEmpty();
    }
}
