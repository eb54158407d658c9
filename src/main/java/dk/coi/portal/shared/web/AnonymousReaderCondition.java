package dk.coi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.RequestCondition;

/**
 * Matches requests from someone who is not signed in. Spring Security's request wrapper answers
 * {@code getUserPrincipal} from the application's own security context (never the static holder, which another
 * application context in the same JVM may have replaced) and without creating a session, so a reader's request
 * stays sessionless; it answers null for an anonymous visitor.
 */
final class AnonymousReaderCondition implements RequestCondition<AnonymousReaderCondition> {

    static final AnonymousReaderCondition INSTANCE = new AnonymousReaderCondition();

    private AnonymousReaderCondition() {
    }

    @Override
    public AnonymousReaderCondition combine(AnonymousReaderCondition other) {
        return this;
    }

    @Override
    public AnonymousReaderCondition getMatchingCondition(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? this : null;
    }

    @Override
    public int compareTo(AnonymousReaderCondition other, HttpServletRequest request) {
        return 0;
    }
}
