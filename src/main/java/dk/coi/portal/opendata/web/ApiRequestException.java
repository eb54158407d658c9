package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.Phrase;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API does not answer, with what to tell the client: 400 with every problem of its address (each an
 * {@code opendata.problem.<code>} phrase), or 404 with what was not found. {@link ApiProblems} writes it as a problem
 * detail in the client's language.
 */
final class ApiRequestException extends RuntimeException {

    private final HttpStatus status;
    private final Phrase detail;
    private final List<Phrase> problems;

    private ApiRequestException(HttpStatus status, Phrase detail, List<Phrase> problems) {
        super(detail.key(), null, false, false);
        this.status = status;
        this.detail = detail;
        this.problems = List.copyOf(problems);
    }

    static ApiRequestException badRequest(List<Phrase> problems) {
        return new ApiRequestException(HttpStatus.BAD_REQUEST, Phrase.of("opendata.problem.bad-request.detail"),
                problems);
    }

    static ApiRequestException notFound(Phrase detail) {
        return new ApiRequestException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    HttpStatus status() {
        return status;
    }

    Phrase detail() {
        return detail;
    }

    List<Phrase> problems() {
        return problems;
    }
}
