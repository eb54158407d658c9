package dk.coi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A public page while the database is away says so, as the Vaadin views do (ErrorView): a 503 with the portal's
 * page and an incident number that is also in the log. The page recovers by itself when the database is back.
 */
@ControllerAdvice(annotations = PublicPages.class)
class PublicPageFailures {

    private static final Logger log = LoggerFactory.getLogger(PublicPageFailures.class);

    private final PublicResponses responses;

    PublicPageFailures(PublicResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler({DataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<byte[]> databaseAway(Exception failure, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while showing {}", incident, request.getRequestURI(), failure);
        return responses.error(request, HttpStatus.SERVICE_UNAVAILABLE, "database", incident);
    }
}
