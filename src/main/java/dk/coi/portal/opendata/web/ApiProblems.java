package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's refusals as RFC 9457 problem details ({@code application/problem+json}) in the client's language
 * ({@code Accept-Language}: Danish unless English is preferred): a title and detail for the status, and for a 400 an
 * {@code errors} list with a code and a message for each problem of the address. Not stored by caches.
 */
@Component
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private final Texts texts;

    ApiProblems(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiRequestException.class)
    ResponseEntity<ProblemDetail> refused(ApiRequestException refusal, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = response(problem(refusal.status(), refusal.detail(),
                refusal.problems(), request));
        return refusal.retryAfter().map(wait -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders()).header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()))
                .body(response.getBody())).orElse(response);
    }

    /** The problem detail of a refusal, with its errors' codes and messages when it has any. */
    ProblemDetail problem(HttpStatus status, Phrase detail, List<Phrase> problems, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.get(locale, detail));
        problem.setTitle(texts.get(locale, "opendata.problem.title." + status.value()));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems.stream().map(error -> new ApiError(
                    error.key().substring(error.key().lastIndexOf('.') + 1), texts.get(locale, error))).toList());
        }
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(problem);
    }

    /** The client's language from {@code Accept-Language}: the portal's it prefers, Danish when none. */
    static Locale language(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return PortalLocales.DANISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(accepted), PortalLocales.SUPPORTED);
            return found == null ? PortalLocales.DANISH : found;
        } catch (IllegalArgumentException malformed) {
            return PortalLocales.DANISH;
        }
    }

    /** One problem of a request: a stable code for programs and a message for people. */
    record ApiError(String code, String message) {
    }
}
