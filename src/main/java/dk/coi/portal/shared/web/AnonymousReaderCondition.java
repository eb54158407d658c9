package dk.coi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.mvc.condition.RequestCondition;

/**
 * Matches requests from someone who is not signed in. Reading the security context looks the session up
 * without creating one, so a reader's request stays sessionless.
 */
final class AnonymousReaderCondition implements RequestCondition<AnonymousReaderCondition> {

    static final AnonymousReaderCondition INSTANCE = new AnonymousReaderCondition();
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private AnonymousReaderCondition() {
    }

    static boolean isAnonymous() {
        return !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    @Override
    public AnonymousReaderCondition combine(AnonymousReaderCondition other) {
        return this;
    }

    @Override
    public AnonymousReaderCondition getMatchingCondition(HttpServletRequest request) {
        return isAnonymous() ? this : null;
    }

    @Override
    public int compareTo(AnonymousReaderCondition other, HttpServletRequest request) {
        return 0;
    }
}
