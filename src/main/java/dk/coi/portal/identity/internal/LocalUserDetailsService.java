package dk.coi.portal.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds local accounts by e-mail for the login form. */
@Service
class LocalUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final Clock clock;

    LocalUserDetailsService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return people.findByEmailIgnoreCase(email.strip())
                .filter(person -> person.getPasswordHash() != null && !person.isErased())
                .map(person -> new LocalUser(person, person.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
