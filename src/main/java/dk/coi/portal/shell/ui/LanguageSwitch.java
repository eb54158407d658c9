package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.web.LanguageCookie;
import java.util.Locale;
import org.springframework.dao.DataAccessException;

/**
 * "Dansk | English": remembers the choice in the browser ({@link LanguageCookie}), and for a signed-in person
 * as theirs, so it holds wherever they sign in next; then reloads the page in that language.
 */
class LanguageSwitch extends Div {

    private final PersonService people;

    LanguageSwitch(String id, PersonService people) {
        this.people = people;
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
        try {
            people.chooseLanguage(locale);
        } catch (DataAccessException databaseAway) {
            // The browser keeps the choice all the same, as the page frame works while the database is away.
        }
        VaadinService.getCurrentResponse().addCookie(LanguageCookie.of(locale,
                VaadinServlet.getCurrent().getServletContext()));
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
    }
}
