package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Makes the frame of a server-rendered page in the language the reader chose (Danish unless they chose English). */
@Component
public class PageFrames {

    private static final Pattern LANGUAGE_COOKIE = Pattern.compile(
            "(?:^|;)\\s*" + Pattern.quote(PortalLocales.COOKIE) + "=([a-z]{2})\\b");

    private final Texts texts;

    PageFrames(Texts texts) {
        this.texts = texts;
    }

    /** A frame whose title is the translation of {@code titleKey}. */
    public PageFrame forKey(HttpServletRequest request, String titleKey) {
        Locale locale = localeOf(request);
        return new PageFrame(texts, locale, texts.get(locale, titleKey));
    }

    public static Locale localeOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        Optional<String> chosen = cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> PortalLocales.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
        if (chosen.isEmpty() && request.getHeader("Cookie") != null) {
            // A request the servlet container refused before the portal saw it has its cookies only as a header.
            Matcher header = LANGUAGE_COOKIE.matcher(request.getHeader("Cookie"));
            chosen = header.find() ? Optional.of(header.group(1)) : Optional.empty();
        }
        return chosen.map(PortalLocales::fromTag).orElse(PortalLocales.DANISH);
    }
}
