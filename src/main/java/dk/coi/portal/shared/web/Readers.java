package dk.coi.portal.shared.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who asks for a page: someone signed in gets the Vaadin screens, everyone else the server-rendered pages. */
public final class Readers {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private Readers() {
    }

    /**
     * Whether the request being served is from someone who is not signed in. Reading the security context looks
     * the session up without creating one, so a reader's request stays sessionless.
     */
    public static boolean isAnonymous() {
        return !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }
}
