package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.web.LanguageCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A person's language follows them to every browser they sign in with: one that has not chosen a language
 * (another device, cookies cleared) is given the one the person chose before. A browser's own choice stays, and
 * signing in with it made it the person's ({@link ThrottledPasswordSignIn}).
 */
@Component
class SignInLanguage {

    private final PersonRepository people;

    SignInLanguage(PersonRepository people) {
        this.people = people;
    }

    void giveTheBrowser(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        if (LanguageCookie.chosen(request).isPresent()
                || !(signedIn.getPrincipal() instanceof PortalPrincipal principal)) {
            return;
        }
        people.findById(principal.personId()).map(Person::getLanguage).filter(Objects::nonNull)
                .ifPresent(language -> response.addCookie(LanguageCookie.of(PortalLocales.fromTag(language),
                        request.getServletContext())));
    }
}
