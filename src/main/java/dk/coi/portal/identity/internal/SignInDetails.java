package dk.coi.portal.identity.internal;

import dk.coi.portal.shared.PortalLocales;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.util.Arrays;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in request tells besides e-mail and password: the client address (behind the production
 * proxy the forwarded one, as {@code server.forward-headers-strategy=native} rewrites it) and the language
 * the visitor chose.
 */
final class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String language;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.language = languageOf(request.getCookies());
    }

    SignInDetails(String remoteAddress, String language) {
        super(remoteAddress, null);
        this.language = language;
    }

    String language() {
        return language;
    }

    private static String languageOf(Cookie[] cookies) {
        String chosen = cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> PortalLocales.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
        return PortalLocales.fromTag(chosen).getLanguage();
    }
}
