package dk.coi.portal.identity.internal;

import dk.coi.portal.shared.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How many sign-ups one client address (an IPv6 address's /64) may try in an hour
 * ({@code portal.sign-up.per-hour-per-address}): enough for a family or an office behind one address, too few
 * to mass-create accounts or to test many e-mails for an existing account. Counted in this node's memory.
 */
@Component
public class SignUpRateLimit extends RateLimit<String> {

    SignUpRateLimit(@Value("${portal.sign-up.per-hour-per-address:10}") int perHour) {
        super(perHour, Duration.ofHours(1));
    }

    /**
     * Takes one sign-up from the requesting address's allowance; false when it is used up. A sign-up made by
     * the portal's own code (no browser request) is not limited.
     */
    public boolean tryAcquireForCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return true;
        }
        return tryAcquire(LoginThrottle.addressBlock(request.getRequest().getRemoteAddr()));
    }
}
