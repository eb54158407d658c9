package dk.coi.portal.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.support.PortalTest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data API when the catalogue fails or is slow (a spy of it, so that each failure goes through the real
 * dispatcher and Tomcat): an unexpected failure, a download failing before and after its answer began, a download read
 * in chunks, one download at a time per client, a download past its time limit (3 s here; the other downloads take
 * milliseconds); and failures that never reach a controller. Requests come from loopback addresses of this class's
 * own (127.0.0.4 and .5), so other tests' requests do not use up their allowance. A context of its own (the spy), with
 * a data folder of its own, closed after the class, as two cannot share an index.
 */
@PortalTest
@TestPropertySource(properties = {"portal.data-dir=target/test-data-opendata-failures",
        "portal.opendata.download-time-limit=PT3S"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class OpenDataApiFailuresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = from("127.0.0.4");
    private static final HttpClient OTHER_CLIENT = from("127.0.0.5");

    @LocalServerPort
    int port;
    @Value("${portal.opendata.download-chunk}")
    int chunk;
    @Value("${portal.opendata.download-time-limit}")
    Duration timeLimit;
    @MockitoSpyBean
    CaseCatalogue catalogue;
    @Autowired
    ApiProblems problems;

    private final String secret = "hemmelig-" + UUID.randomUUID().toString().substring(0, 8);

    private static HttpClient from(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Makes the download's answer begin, as it does when a download's first chunks fill the server's buffer (below the
     * ETag filter's wrapper, whose flush waits for the whole answer).
     */
    private static void beginAnswer() throws IOException {
        ServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        while (response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        response.flushBuffer();
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    @Test
    void anUnexpectedFailureIsLoggedAndAnsweredWithoutItsMessage(CapturedOutput log) throws Exception {
        doThrow(new IllegalStateException(secret)).when(catalogue).hits(any(), anyInt(), anyInt());

        HttpResponse<String> response = get(CLIENT, "/api/v1/cases");

        JsonNode failure = problem(response, 500);
        assertThat(failure.get("title").asString()).isEqualTo("Uventet fejl");
        assertThat(failure.get("instance").asString()).isEqualTo("/api/v1/cases");
        assertThat(response.body()).doesNotContain("hemmelig", "Exception", "at dk.");
        assertThat(log.getAll()).contains("Unexpected failure answering /api/v1/cases", secret);
    }

    @Test
    void aDownloadFailingBeforeItsAnswerBeganIsAProblemWithoutItsFileName() throws Exception {
        doThrow(new IllegalStateException(secret)).when(catalogue).publishedCards(anyList());

        HttpResponse<String> response = get(CLIENT, "/api/v1/cases.csv");

        problem(response, 500);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(response.body()).doesNotContain("\uFEFF", secret);
    }

    /** Once a file has begun to be sent, a failure cannot be answered: the connection ends without the file's end. */
    @Test
    void aDownloadFailingAfterItsAnswerBeganIsCutOffNotEndedAsWhole() {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(read -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException(secret);
            }
            Object first = read.callRealMethod();
            beginAnswer();
            return first;
        }).when(catalogue).publishedCards(anyList());

        assertThatThrownBy(() -> get(CLIENT, "/api/v1/cases.json")).isInstanceOf(IOException.class);
        assertThat(calls).hasValue(2);
    }

    /** The tests read a download {@code portal.opendata.download-chunk} (2) cases at a time. */
    @Test
    void aDownloadIsReadInChunks() throws Exception {
        HttpResponse<String> response = get(CLIENT, "/api/v1/cases.json");
        assertThat(response.statusCode()).isEqualTo(200);
        int cases = JSON.readTree(response.body()).size();

        assertThat(cases).isGreaterThan(2 * chunk);
        verify(catalogue, times((cases + chunk - 1) / chunk)).publishedCards(argThat(ids -> ids.size() <= chunk));
    }

    @Test
    void aClientDownloadsOneFileAtATime() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(read -> {
            reading.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return read.callRealMethod();
        }).when(catalogue).publishedCards(anyList());
        CompletableFuture<HttpResponse<String>> first = CLIENT.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/cases.csv")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> second;
        try {
            second = get(CLIENT, "/api/v1/cases.json");
        } finally {
            release.countDown();
        }

        JsonNode refused = problem(second, 429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.get("detail").asString()).startsWith("Denne klient henter allerede en fil");
        assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(get(OTHER_CLIENT, "/api/v1/cases.json").statusCode()).as("another client meanwhile")
                .isEqualTo(200);
    }

    /** Spring MVC's refusals keep their status; a client that has left gets no answer and is no error. */
    @Test
    void aRefusalKeepsItsStatusAndAClientThatLeftIsNotAnswered(CapturedOutput log) throws Exception {
        MockHttpServletResponse unsupported = new MockHttpServletResponse();
        problems.resolveException(new MockHttpServletRequest("GET", "/api/v1/cases"), unsupported, null,
                new HttpMediaTypeNotSupportedException(MediaType.TEXT_XML, List.of(MediaType.APPLICATION_JSON)));
        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(unsupported.getContentType()).startsWith("application/problem+json");
        assertThat(unsupported.getHeader("Accept")).contains("application/json");
        assertThat(JSON.readTree(unsupported.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .startsWith("Forespørgslen blev afvist (HTTP-status 415)");

        MockHttpServletResponse gone = new MockHttpServletResponse();
        assertThat(problems.resolveException(new MockHttpServletRequest("GET", "/api/v1/cases.csv"), gone, null,
                new AsyncRequestNotUsableException(secret))).isNotNull();
        assertThat(gone.getContentAsByteArray()).isEmpty();
        assertThat(log.getAll()).doesNotContain(secret);

        assertThat(problems.resolveException(new MockHttpServletRequest("GET", "/landskab"),
                new MockHttpServletResponse(), null, new IllegalStateException())).as("not the API's").isNull();
    }

    /** An address the firewall rejects never reaches Spring MVC: the error page answers it as the API would. */
    @Test
    void anAddressRejectedBeforeAnyControllerIsAProblemDetail() throws Exception {
        JsonNode rejected = problem(get(CLIENT, "/api/v1/cases;a=b"), 400);
        assertThat(rejected.get("title").asString()).isEqualTo("Forespørgslen kan ikke besvares");
        assertThat(rejected.get("instance").asString()).startsWith("/api/v1/cases");
    }

    /**
     * Holds the catalogue's reading of the cases from its {@code read}th call on until the download is past its time
     * limit: bounded, as a latch that nobody releases.
     */
    private void slowFromRead(int read, boolean beginAnswer) {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(reading -> {
            if (calls.incrementAndGet() >= read) {
                assertThat(new CountDownLatch(1).await(timeLimit.plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS))
                        .isFalse();
            }
            Object cases = reading.callRealMethod();
            if (beginAnswer) {
                beginAnswer();
            }
            return cases;
        }).when(catalogue).publishedCards(anyList());
    }

    /** A download past its time limit is not a file: before its answer began a 503 problem. */
    @Test
    void aDownloadPastItsTimeLimitBeforeItsAnswerBeganIsABusyProblem() throws Exception {
        slowFromRead(1, false);

        HttpResponse<String> response = get(CLIENT, "/api/v1/cases.csv");

        JsonNode tooSlow = problem(response, 503);
        assertThat(tooSlow.get("detail").asString()).startsWith("Filen blev ikke færdig inden for");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(response.body()).doesNotContain("\uFEFF");
    }

    /** A download past its time limit after its answer began is a cut connection, not a file ended as whole. */
    @Test
    void aDownloadPastItsTimeLimitAfterItsAnswerBeganIsCutOff() {
        slowFromRead(2, true);

        assertThatThrownBy(() -> get(OTHER_CLIENT, "/api/v1/cases.json")).isInstanceOf(IOException.class);
    }
}
