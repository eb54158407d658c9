package dk.coi.portal.identity.internal;

import dk.coi.portal.shared.web.LanguageCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.util.Locale;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in request tells besides e-mail and password: the client address (behind the production
 * proxy the forwarded one, as {@code server.forward-headers-strategy=native} rewrites it) and the language
 * the browser chose, if it chose one.
 */
final class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String language;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.language = LanguageCookie.chosen(request).map(Locale::getLanguage).orElse(null);
    }

    SignInDetails(String remoteAddress, String language) {
        super(remoteAddress, null);
        this.language = language;
    }

    /** A language tag such as {@code da}; null when the browser has not chosen. */
    String language() {
        return language;
    }
}
