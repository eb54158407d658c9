package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalLocales;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cookie that keeps a browser's choice of language for a year. It is {@code Secure} exactly when the session
 * cookie is ({@code server.servlet.session.cookie.secure}, on under {@code prod}), and like it {@code HttpOnly}
 * and {@code SameSite=Lax}.
 */
public final class LanguageCookie {

    private static final int ONE_YEAR = 60 * 60 * 24 * 365;
    private static final Pattern IN_HEADER = Pattern.compile(
            "(?:^|;)\\s*" + Pattern.quote(PortalLocales.COOKIE) + "=([a-z]{2})\\b");

    private LanguageCookie() {
    }

    public static Cookie of(Locale language, ServletContext context) {
        Cookie cookie = new Cookie(PortalLocales.COOKIE, PortalLocales.fromTag(language.getLanguage()).getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(context.getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The language the browser chose, if it chose one. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        Optional<String> chosen = cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> PortalLocales.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
        if (chosen.isEmpty() && request.getHeader("Cookie") != null) {
            // A request the servlet container refused before the portal saw it has its cookies only as a header.
            Matcher header = IN_HEADER.matcher(request.getHeader("Cookie"));
            chosen = header.find() ? Optional.of(header.group(1)) : Optional.empty();
        }
        return chosen.map(PortalLocales::fromTag);
    }
}
