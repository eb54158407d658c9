package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import dk.coi.portal.shared.PortalLocales;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * "Dansk | English": remembers the choice in a cookie and reloads the page in that language. The cookie is
 * {@code Secure} exactly when the session cookie is ({@code server.servlet.session.cookie.secure}, on under
 * {@code prod}), and like it {@code HttpOnly} and {@code SameSite=Lax}.
 */
class LanguageSwitch extends Div {

    LanguageSwitch(String id) {
        addClassName("portal-language");
        Locale current = getLocale();
        Locale other = PortalLocales.DANISH.getLanguage().equals(current.getLanguage())
                ? PortalLocales.ENGLISH : PortalLocales.DANISH;
        Button change = new Button(getTranslation("language.switch-to." + other.getLanguage()),
                click -> choose(other));
        change.addThemeVariants(ButtonVariant.TERTIARY);
        change.getElement().setAttribute("lang", other.getLanguage());
        change.setId(id);
        add(change);
    }

    private void choose(Locale locale) {
        Cookie cookie = new Cookie(PortalLocales.COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setSecure(VaadinServlet.getCurrent().getServletContext().getSessionCookieConfig().isSecure());
        cookie.setAttribute("SameSite", "Lax");
        VaadinService.getCurrentResponse().addCookie(cookie);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
    }
}
