package dk.coi.portal.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds local accounts by e-mail for {@link ThrottledPasswordSignIn}; deliberately not a bean, so Spring
 * builds no unthrottled password provider from it.
 */
final class LocalUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    LocalUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.findByEmailIgnoreCase(email.strip())
                .filter(person -> person.getPasswordHash() != null && !person.isErased())
                .map(LocalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
