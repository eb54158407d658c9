package dk.coi.portal.shell.internal;

import dk.coi.portal.shared.web.ErrorAnswer;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's "Whitelabel" page with the portal's own error page, or a module's own answer for its
 * addresses ({@link ErrorAnswer}: the open-data API's problem details).
 */
@Controller
class PortalErrorController implements ErrorController {

    private final ErrorPages pages;
    private final List<ErrorAnswer> answers;

    PortalErrorController(ErrorPages pages, List<ErrorAnswer> answers) {
        this.pages = pages;
        this.answers = answers;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request, HttpServletResponse response) {
        // Asked for directly, /error is just an address that shows nothing: not found, and no incident.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpStatus.NOT_FOUND.value();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String address) {
            Optional<ErrorAnswer> own = answers.stream().filter(answer -> answer.answers(address)).findFirst();
            if (own.isPresent()) {
                own.get().write(request, response, status);
                return null;
            }
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body(pages.render(request, status, failure));
    }
}
