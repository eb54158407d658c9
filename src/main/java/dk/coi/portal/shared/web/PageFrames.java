package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Makes the frame of a server-rendered page in the language the reader chose (Danish unless they chose English). */
@Component
public class PageFrames {

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
        return LanguageCookie.chosen(request).orElse(PortalLocales.DANISH);
    }
}
