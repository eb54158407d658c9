package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.ErrorAnswer;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal and failure under {@code /api/} as an RFC 9457 problem detail ({@code application/problem+json},
 * whatever the client accepts) in the client's language ({@code Accept-Language}: Danish unless English is
 * preferred): a title and detail for the status, and for a 400 an {@code errors} list with a code and a message for
 * each problem of the address. Not stored by caches. A resolver of Spring MVC's ahead of its own, rather than advice to
 * the API's controllers, because a wrong method (405) or media type (406) is refused before any controller is chosen;
 * an unexpected failure is logged here and answered 500 without its message, a client that left is not answered, and
 * a failure after the answer began (a download) aborts the connection. Failures outside Spring MVC under
 * {@code /api/} (the firewall's, a filter's) reach the portal's error page, which asks this ({@link ErrorAnswer}).
 */
@Component
class ApiProblems implements HandlerExceptionResolver, ErrorAnswer, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    /** As Spring MVC writes a problem detail: its properties beside the standard fields, no type means about:blank. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    /** The statuses with a title of their own; any other is titled as a refusal (4xx) or a failure (5xx). */
    private static final Set<Integer> TITLED = Set.of(400, 404, 405, 406, 429, 500, 503);

    private final Texts texts;

    ApiProblems(Texts texts) {
        this.texts = texts;
    }

    /** Before Spring MVC's own resolvers (Boot's error attributes, which only note the failure, come first). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!answers(request.getRequestURI())) {
            return null;
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            LOG.debug("The client left before {} was answered", request.getRequestURI(), failure);
            return new ModelAndView();
        }
        if (response.isCommitted()) {
            // The answer has begun (a download): left to the container, which logs the failure and closes the
            // connection unfinished, so that the client cannot take a file cut short for a whole one.
            return null;
        }
        switch (failure) {
            case ApiRequestException refusal -> {
                refusal.retryAfter().ifPresent(wait -> response.setHeader(HttpHeaders.RETRY_AFTER,
                        Long.toString(wait.toSeconds())));
                write(response, problem(refusal.status(), refusal.detail(), refusal.problems(), request));
            }
            case HttpRequestMethodNotSupportedException wrongMethod -> {
                String allowed = wrongMethod.getSupportedHttpMethods() == null ? ""
                        : wrongMethod.getSupportedHttpMethods().stream().map(Object::toString)
                        .collect(Collectors.joining(", "));
                response.setHeader(HttpHeaders.ALLOW, allowed);
                write(response, problem(HttpStatus.METHOD_NOT_ALLOWED, Phrase.of(
                        "opendata.problem.method-not-allowed", wrongMethod.getMethod(), allowed), List.of(), request));
            }
            case HttpMediaTypeNotAcceptableException notAcceptable -> write(response, problem(
                    HttpStatus.NOT_ACCEPTABLE, notAcceptable(notAcceptable.getSupportedMediaTypes()), List.of(),
                    request));
            // Spring MVC's other refusals of a request (an unsupported body type, a missing header…): their status.
            case ErrorResponse refused -> {
                refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name,
                        value)));
                write(response, problem(refused.getStatusCode(), request));
            }
            default -> {
                LOG.error("Unexpected failure answering {}", request.getRequestURI(), failure);
                write(response, problem(HttpStatus.INTERNAL_SERVER_ERROR, request));
            }
        }
        return new ModelAndView();
    }

    @Override
    public boolean answers(String address) {
        return address.startsWith(ApiRoutes.API_PREFIX);
    }

    /** A failure outside Spring MVC (the firewall's rejection of an address, a filter's failure) that came to /error. */
    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, int status) {
        if (!response.isCommitted()) {
            write(response, problem(HttpStatusCode.valueOf(status), request));
        }
    }

    /** The problem detail of a status with no more to say than what it means. */
    /** A 406's explanation, naming the formats the address answers in when it knows them. */
    private static Phrase notAcceptable(List<MediaType> answered) {
        return answered.isEmpty() ? Phrase.of("opendata.problem.not-acceptable-any")
                : Phrase.of("opendata.problem.not-acceptable", answered.stream().map(MediaType::toString)
                .collect(Collectors.joining(", ")));
    }

    private ProblemDetail problem(HttpStatusCode status, HttpServletRequest request) {
        String detail = status.value() == HttpStatus.NOT_FOUND.value() ? "opendata.problem.no-address"
                : status.is5xxServerError() ? "opendata.problem.unexpected" : "opendata.problem.refused";
        return problem(status, Phrase.of(detail, status.value()), List.of(), request);
    }

    /** The problem detail of a refusal, with its errors' codes and messages when it has any. */
    ProblemDetail problem(HttpStatusCode status, Phrase detail, List<Phrase> problems, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.get(locale, detail));
        problem.setTitle(texts.get(locale, "opendata.problem.title." + (TITLED.contains(status.value())
                ? status.value() : status.is5xxServerError() ? 500 : 400)));
        problem.setInstance(URI.create(address(request)));
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems.stream().map(error -> new ApiError(
                    error.key().substring(error.key().lastIndexOf('.') + 1), texts.get(locale, error))).toList());
        }
        return problem;
    }

    /** The address the client asked for, also when its failure is answered at /error. */
    private static String address(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
                : request.getRequestURI();
    }

    /**
     * Writes a problem detail as the answer, not to be stored and varying by the client's language, in place of
     * anything of the answer's buffered but not sent (a download's first lines, and its file name).
     */
    static void write(HttpServletResponse response, ProblemDetail problem) {
        discardBuffered(response);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            JSON.writeValue(response.getOutputStream(), problem);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    /** The ETag filter's wrapper discards only its own copy: the server's buffer, below it, is discarded too. */
    private static void discardBuffered(ServletResponse response) {
        response.resetBuffer();
        if (response instanceof ServletResponseWrapper wrapper) {
            discardBuffered(wrapper.getResponse());
        }
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
