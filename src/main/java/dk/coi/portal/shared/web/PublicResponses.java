package dk.coi.portal.shared.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Renders a public page (a jte template) into its response: an {@code ETag} of the bytes with 304 when the
 * reader's copy is current, and caching headers that let a shared cache keep it for readers who are not signed
 * in, per language (which the cookie carries). A page that is not found or not allowed keeps its status, and is
 * not stored by any cache.
 */
@Component
public class PublicResponses {

    /** Readers revalidate every time (cheap with the ETag); a shared cache may serve a copy for a minute. */
    private static final String CACHING = CacheControl.noCache().cachePublic().getHeaderValue() + ", s-maxage=60";

    private final TemplateEngine templates;
    private final PageFrames frames;

    PublicResponses(TemplateEngine templates, PageFrames frames) {
        this.templates = templates;
        this.frames = frames;
    }

    public ResponseEntity<byte[]> page(HttpServletRequest request, String template, Map<String, Object> model) {
        return page(request, HttpStatus.OK, template, model);
    }

    public ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, String template,
                                       Map<String, Object> model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        // Only a page is kept: a failure on the server's side may well be gone on the next request, and an address
        // with nothing at it may have something a moment later (a storm or page just made), so neither is stored.
        return withEtag(request, status, bytes(output), new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
                status.is2xxSuccessful() ? CACHING : CacheControl.noStore().getHeaderValue(), HttpHeaders.COOKIE);
    }

    /** The portal's "not found" page, for an address at which there is nothing (any more). */
    public ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, "not-found", null);
    }

    /**
     * The portal's error page in the frame: {@code error.<kind>.title} and {@code .text}, and the incident number
     * that is also in the log, if any.
     */
    ResponseEntity<byte[]> error(HttpServletRequest request, HttpStatus status, String kind, String incident) {
        PageFrame frame = frames.forKey(request, "error." + kind + ".title");
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("text", frame.text("error." + kind + ".text"));
        model.put("incident", incident);
        return page(request, status, "error.jte", model);
    }

    /**
     * Data for a public page's script (e.g. JSON), cached as the pages are: per language, revalidated with its
     * {@code ETag}.
     */
    public ResponseEntity<byte[]> data(HttpServletRequest request, MediaType type, byte[] body) {
        return withEtag(request, HttpStatus.OK, body, type, CACHING, HttpHeaders.COOKIE);
    }

    /**
     * A file to save ({@code Content-Disposition: attachment} under {@code fileName}) with its {@code ETag}: cached as
     * the pages are when it is {@code shared} (the same for every reader of a language), else by nobody (e.g. what
     * only staff may see yet).
     */
    public ResponseEntity<byte[]> download(HttpServletRequest request, MediaType type, byte[] body, String fileName,
                                           boolean shared) {
        ResponseEntity<byte[]> response = withEtag(request, HttpStatus.OK, body, type,
                shared ? CACHING : CacheControl.noStore().getHeaderValue(), HttpHeaders.COOKIE);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(response.getBody());
    }

    /**
     * A file for crawlers that is the same for every reader (robots.txt, sitemap.xml), with its {@code ETag}: a
     * browser or shared cache may keep it for {@code maxAge} before asking again.
     */
    public ResponseEntity<byte[]> file(HttpServletRequest request, MediaType type, byte[] body, Duration maxAge) {
        return withEtag(request, HttpStatus.OK, body, type,
                CacheControl.maxAge(maxAge).cachePublic().getHeaderValue(), null);
    }

    private static ResponseEntity<byte[]> withEtag(HttpServletRequest request, HttpStatus status, byte[] body,
                                                   MediaType type, String caching, String varyBy) {
        // Weak, as the same page goes out gzipped or not (and Tomcat compresses no response with a strong one).
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        boolean current = status == HttpStatus.OK && isCurrent(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(current ? HttpStatus.NOT_MODIFIED : status)
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, caching);
        if (varyBy != null) {
            response.header(HttpHeaders.VARY, varyBy);
        }
        return current ? response.build() : response.contentType(type).body(body);
    }

    /** Whether the reader's copy is this one: If-None-Match lists it (weakly compared, as a proxy may weaken it). */
    private static boolean isCurrent(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals(etag.substring(2)) || tag.equals("*"));
    }

    private static byte[] bytes(Utf8ByteOutput output) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(output.getContentLength());
        try {
            output.writeTo(bytes);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }
}
