package dk.coi.portal.shell.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Replaces Spring Boot's "Whitelabel" page with the portal's own error page. */
@Controller
class PortalErrorController implements ErrorController {

    private final ErrorPages pages;

    PortalErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        // Asked for directly, /error is just an address that shows nothing: not found, and no incident.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : HttpStatus.NOT_FOUND.value();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body(pages.render(request, status, failure));
    }
}
