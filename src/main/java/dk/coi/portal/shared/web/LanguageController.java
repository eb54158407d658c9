package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch of server-rendered pages: remembers the choice in the browser's cookie, as the Vaadin
 * switch does, and returns to the page it was chosen on. Only addresses on this site are returned to.
 */
@Controller
class LanguageController {

    static final String PATH = "/sprog";
    static final String BACK = "tilbage";
    /** A path on this site as a request line carries it (escaped): not "//host" nor "/\host", no spaces. */
    private static final Pattern ON_THIS_SITE = Pattern.compile("/(?![/\\\\])[\\x21-\\x7E]*");

    @GetMapping(PATH + "/{language:da|en}")
    ResponseEntity<Void> choose(@PathVariable String language, @RequestParam(name = BACK, defaultValue = "/") String back,
                                HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(LanguageCookie.of(PortalLocales.fromTag(language), request.getServletContext()));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, request.getContextPath() + (ON_THIS_SITE.matcher(back).matches() ? back : "/"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
