package dk.coi.portal.identity.internal;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After signing in (with a local account or through Keycloak) the person returns to the page they came from,
 * which the login and sign-up pages remember in the session. Only a path on the portal itself is ever
 * followed, so no link can send a person who signs in on to another site. Without one, Vaadin's own handling
 * applies (the page that needed a sign-in, else the front page), at its clean address: Spring's saved request marks
 * the address it returns to with {@code ?continue} (to find the saved request again), which would stay in the
 * person's address bar and bookmarks; the portal forgets the saved request instead. A browser without a language of
 * its own is given the person's.
 */
public final class ReturnAfterSignIn extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    /** Session attribute with the path to return to. */
    public static final String SESSION_ATTRIBUTE = ReturnAfterSignIn.class.getName() + ".page";
    private static final int MAX_PATH_LENGTH = 2000;
    /** Pages never returned to: signing in again from there would go round in a circle. */
    private static final Set<String> SIGN_IN_PAGES = Set.of("/login", "/opret-konto", "/logout");
    /** The parameter Spring Security's saved request adds to the address it returns to. */
    private static final String SAVED_REQUEST_MARK = "continue";

    /** Request attribute: this sign-in returns to Spring's saved request, whose address carries the mark. */
    private static final String RETURNING_TO_SAVED_REQUEST = ReturnAfterSignIn.class.getName() + ".saved";

    private final SignInLanguage language;
    /** The cache the handler is configured with (Vaadin's configurer sets its own), to forget from it. */
    private RequestCache requestCache = new HttpSessionRequestCache();

    ReturnAfterSignIn(SignInLanguage language) {
        this.language = language;
        org.springframework.security.web.RedirectStrategy vaadins = getRedirectStrategy();
        setRedirectStrategy((request, response, url) -> vaadins.sendRedirect(request, response,
                request.getAttribute(RETURNING_TO_SAVED_REQUEST) == null ? url : cleanAddress(url)));
    }

    @Override
    public void setRequestCache(RequestCache requestCache) {
        super.setRequestCache(requestCache);
        this.requestCache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        language.giveTheBrowser(authentication, request, response);
        Optional<String> page = takePage(request.getSession(false));
        if (page.isEmpty()) {
            boolean saved = requestCache.getRequest(request, response) != null;
            if (saved) {
                request.setAttribute(RETURNING_TO_SAVED_REQUEST, true);
            }
            super.onAuthenticationSuccess(request, response, authentication);
            if (saved) {
                // Returned to without its mark, the saved request would never be taken from the session.
                requestCache.removeRequest(request, response);
            }
            return;
        }
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, page.get());
    }

    /** The remembered page, forgotten as it is taken (also Vaadin's own note of a view that needed sign-in). */
    public static Optional<String> takePage(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object page = session.getAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(SESSION_ATTRIBUTE);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        return page instanceof String path ? pagePath(path) : Optional.empty();
    }

    /**
     * The candidate if it is a path on this portal ("/wiki/Forside?x=1"), other than the sign-in pages
     * themselves: never an address with a scheme or a host, nor one a browser could read as one ("//evil",
     * "/\evil"). Characters a Location header cannot carry are percent-encoded.
     */
    public static Optional<String> pagePath(String candidate) {
        if (candidate == null || candidate.length() > MAX_PATH_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || SIGN_IN_PAGES.contains(candidate.split("[?#]", 2)[0])) {
            return Optional.empty();
        }
        return Optional.of(asciiOnly(candidate));
    }

    /** The address without Spring's mark of a saved request. */
    static String cleanAddress(String url) {
        return UriComponentsBuilder.fromUriString(url).replaceQueryParam(SAVED_REQUEST_MARK).build().toUriString();
    }

    private static String asciiOnly(String path) {
        StringBuilder ascii = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (c > 0x20 && c < 0x7f) {
                ascii.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    ascii.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return ascii.toString();
    }
}
