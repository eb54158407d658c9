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
        if (throttle.refusedUntil(email, address).isPresent()) {
            throw new LoginThrottledException();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            countFailure(email, address);
            throw wrong;
        }
        throttle.recordSuccess(email, address);
        if (signedIn.getPrincipal() instanceof LocalUser user) {
            people.rememberLanguage(user.personId(), details.language());
        }
        return signedIn;
    }

    private void countFailure(String email, String address) {
        try {
            if (throttle.recordFailure(email, address)) {
                warnings.warnOwnerLater(email);
            }
        } catch (DataAccessException notCounted) {
            // E.g. a deadlock between nodes counting the same e-mail: the attempt is refused all the same.
            log.warn("A failed sign-in could not be counted: {}", notCounted.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
