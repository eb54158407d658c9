package dk.coi.portal.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-ins are throttled ({@code portal.login.*}). After {@code free…} failed sign-ins each attempt must
 * wait: {@code firstWait} after the last failure, doubling with every further failure up to {@code maxWait}.
 * Failures are forgotten {@code forgetAfter} after the last one; the owner is warned at most once per
 * {@code warningInterval}.
 *
 * @param freeFailuresAtAddress for one e-mail from one client address (also the most one address adds to
 *                              the e-mail's total)
 * @param freeFailuresPerAddress for a client address, whatever e-mails it tries
 * @param freeFailuresPerAccount for one e-mail across all addresses
 */
@ConfigurationProperties("portal.login")
record LoginThrottleSettings(int freeFailuresAtAddress, int freeFailuresPerAddress, int freeFailuresPerAccount,
                             Duration firstWait, Duration maxWait, Duration forgetAfter, Duration warningInterval) {

    LoginThrottleSettings {
        if (freeFailuresAtAddress < 1 || freeFailuresPerAddress < 1 || freeFailuresPerAccount < 1) {
            throw new IllegalArgumentException("portal.login.free-failures-* must be at least 1");
        }
        if (firstWait.isNegative() || firstWait.compareTo(maxWait) > 0 || forgetAfter.compareTo(maxWait) < 0) {
            throw new IllegalArgumentException(
                    "portal.login needs first-wait <= max-wait <= forget-after");
        }
    }

    int freeFailures(LoginFailure.Kind kind) {
        return switch (kind) {
            case ACCOUNT_AT_ADDRESS -> freeFailuresAtAddress;
            case ADDRESS -> freeFailuresPerAddress;
            case ACCOUNT -> freeFailuresPerAccount;
        };
    }

    /** How long after the last of {@code failures} failures the next attempt must wait. */
    Duration waitAfter(LoginFailure.Kind kind, int failures) {
        int beyondFree = failures - freeFailures(kind);
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        // Past 2^20 times the first wait every sensible maximum is reached; the cap keeps the shift safe.
        Duration wait = firstWait.multipliedBy(1L << Math.min(beyondFree, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
