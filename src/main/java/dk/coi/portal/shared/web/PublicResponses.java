package dk.coi.portal.shared.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Renders a public page (a jte template) into its response: an {@code ETag} of the bytes with 304 when the
 * reader's copy is current, and caching headers that let a shared cache keep it for readers who are not signed
 * in, per language (which the cookie carries). A page that is not found or not allowed keeps its status.
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

    /** The portal's own "not found" page, for an address naming something that is not there (or not public). */
    public ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        PageFrame frame = frames.forKey(request, "error.not-found.title");
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("frame", frame);
        model.put("text", frame.text("error.not-found.text"));
        model.put("incident", null);
        return page(request, HttpStatus.NOT_FOUND, "error.jte", model);
    }

    public ResponseEntity<byte[]> page(HttpServletRequest request, String template, Map<String, Object> model) {
        return page(request, HttpStatus.OK, template, model);
    }

    public ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, String template,
                                       Map<String, Object> model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model, output);
        byte[] body = bytes(output);
        // Weak, as the same page goes out gzipped or not (and Tomcat compresses no response with a strong one).
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHING)
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE);
        if (status == HttpStatus.OK && isCurrent(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHING).header(HttpHeaders.VARY, HttpHeaders.COOKIE).build();
        }
        return response.body(body);
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
