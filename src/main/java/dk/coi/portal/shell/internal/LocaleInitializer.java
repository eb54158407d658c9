package dk.coi.portal.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.coi.portal.shared.PortalLocales;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Danish unless the visitor chose English with the language switch: sets each UI's locale and the page's
 * {@code <html lang>} (screen readers pronounce the page by it).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().child(0)
                .attr("lang", chosenLocale(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = chosenLocale(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
        });
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return PortalLocales.DANISH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> PortalLocales.COOKIE.equals(cookie.getName()))
                .map(cookie -> PortalLocales.fromTag(cookie.getValue()))
                .findFirst()
                .orElse(PortalLocales.DANISH);
    }
}
