package dk.coi.portal.identity.internal;

import java.io.Serial;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused unchecked because it came too soon after failed ones; a kind of wrong credentials, so
 * the visitor sees exactly what a wrong password shows.
 */
final class LoginThrottledException extends BadCredentialsException {

    @Serial
    private static final long serialVersionUID = 1L;

    LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
