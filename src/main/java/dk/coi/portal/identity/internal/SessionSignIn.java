package dk.coi.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs the visitor of the current request in with a local account, as the login form does: the same
 * throttled password check, a new session id (against session fixation) and the sign-in kept in the session.
 */
@Component
public class SessionSignIn {

    private final ThrottledPasswordSignIn passwords;
    private final SecurityContextHolderStrategy securityContext;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionSignIn(ThrottledPasswordSignIn passwords, SecurityContextHolderStrategy securityContext) {
        this.passwords = passwords;
        this.securityContext = securityContext;
    }

    /** True if the visitor is now signed in; false if refused (or there is no browser request to sign in). */
    public boolean signIn(String email, String password) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)
                || current.getResponse() == null) {
            return false;
        }
        HttpServletRequest request = current.getRequest();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        attempt.setDetails(new SignInDetails(request));
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            return false;
        }
        request.changeSessionId();
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(signedIn);
        securityContext.setContext(context);
        sessions.saveContext(context, request, current.getResponse());
        return true;
    }
}
