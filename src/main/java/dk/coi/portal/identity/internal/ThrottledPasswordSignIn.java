package dk.coi.portal.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a local account, behind the {@link LoginThrottle}: an attempt that comes too soon is refused
 * before the password is looked at; otherwise Spring's {@link DaoAuthenticationProvider} checks it, which
 * also spends a bcrypt check on an e-mail without an account, so both take as long. Every refusal is the
 * same {@link BadCredentialsException}. This is the portal's only password provider (a bean, so Spring
 * builds no second, unthrottled one from a {@code UserDetailsService}).
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledPasswordSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginWarnings warnings;
    private final PersonRepository people;

    ThrottledPasswordSignIn(PersonRepository people, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                            LoginWarnings warnings) {
        this.passwords = new DaoAuthenticationProvider(new LocalUserDetailsService(people));
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.warnings = warnings;
        this.people = people;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        // The login form always sends details; an attempt from elsewhere counts under one unknown address.
        SignInDetails details = attempt.getDetails() instanceof SignInDetails known ? known
                : new SignInDetails(null, null);
        String address = details.getRemoteAddress();
        // The account's own e-mail when the typed one finds it (the lookup ignores case and accents), so a
        // look-alike spelling does not start a fresh count.
        String account = people.findByEmailIgnoreCase(email.strip()).map(Person::getEmail).orElse(email);
        LoginThrottle.Reservation reservation = reserve(account, address);
        if (!reservation.allowed()) {
            throw new LoginThrottledException();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            if (reservation.failureStartsWaiting()) {
                warnings.warnOwnerLater(account);
            }
            throw wrong;
        }
        throttle.release(account, address, reservation);
        // A browser's choice of language becomes the person's; one without a choice must not undo theirs.
        if (signedIn.getPrincipal() instanceof LocalUser user && details.language() != null) {
            people.rememberLanguage(user.personId(), details.language());
        }
        return signedIn;
    }

    private LoginThrottle.Reservation reserve(String account, String address) {
        try {
            return throttle.reserve(account, address);
        } catch (DataAccessException notCounted) {
            // E.g. the database briefly unreachable: refused, since the attempt could not be counted.
            log.warn("A sign-in attempt could not be counted: {}", notCounted.getMessage());
            return LoginThrottle.Reservation.REFUSED;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
