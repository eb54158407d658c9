package dk.coi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.web.servlet.mvc.condition.RequestCondition;

/**
 * Matches a reader's request for a page (GET or HEAD) from someone who is not signed in. Spring Security's
 * request wrapper answers {@code getUserPrincipal} from the application's own security context (never the static
 * holder, which another application context in the same JVM may have replaced) and without creating a session,
 * so a reader's request stays sessionless; it answers null for an anonymous visitor. Vaadin's own requests, which
 * also go to the site's root ({@code ?v-r=init}, {@code ?v-r=uidl}), are never a reader's.
 */
final class AnonymousReaderCondition implements RequestCondition<AnonymousReaderCondition> {

    static final AnonymousReaderCondition INSTANCE = new AnonymousReaderCondition();
    /** Vaadin's request type parameter, which marks its framework-internal requests. */
    private static final Pattern VAADIN_REQUEST = Pattern.compile("(?:^|&)v-r=");

    private AnonymousReaderCondition() {
    }

    /** Read from the query string, so a posted body is never read here. */
    private static boolean isReading(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && (request.getQueryString() == null || !VAADIN_REQUEST.matcher(request.getQueryString()).find());
    }

    @Override
    public AnonymousReaderCondition combine(AnonymousReaderCondition other) {
        return this;
    }

    @Override
    public AnonymousReaderCondition getMatchingCondition(HttpServletRequest request) {
        return isReading(request) && request.getUserPrincipal() == null ? this : null;
    }

    @Override
    public int compareTo(AnonymousReaderCondition other, HttpServletRequest request) {
        return 0;
    }
}
