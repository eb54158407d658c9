package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.Phrase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * A request the API does not answer, with what to tell the client: 400 with every problem of its address (each an
 * {@code opendata.problem.<code>} phrase), or 404 with what was not found, or 503 (with when to ask again) when it is too busy. {@link ApiProblems} writes it as a problem
 * detail in the client's language.
 */
final class ApiRequestException extends RuntimeException {

    private final HttpStatus status;
    private final Phrase detail;
    private final List<Phrase> problems;
    private final Duration retryAfter;

    private ApiRequestException(HttpStatus status, Phrase detail, List<Phrase> problems, Duration retryAfter) {
        super(detail.key(), null, false, false);
        this.status = status;
        this.detail = detail;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    private ApiRequestException(HttpStatus status, Phrase detail, List<Phrase> problems) {
        this(status, detail, problems, null);
    }

    /** The API cannot answer now (every download it serves at once is taken): ask again after {@code retryAfter}. */
    static ApiRequestException tooMany(Phrase detail, Duration retryAfter) {
        return new ApiRequestException(HttpStatus.TOO_MANY_REQUESTS, detail, List.of(), retryAfter);
    }

    static ApiRequestException busy(Phrase detail, Duration retryAfter) {
        return new ApiRequestException(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of(), retryAfter);
    }

    /** When to ask again, for a refusal that is only for now; empty for one that stands. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
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
