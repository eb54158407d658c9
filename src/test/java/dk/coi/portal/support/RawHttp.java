package dk.coi.portal.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for requests that ordinary clients refuse to send: malformed addresses, a
 * forged Host header, a foreign Origin.
 */
public final class RawHttp {

    private static final Pattern STATUS = Pattern.compile("\\AHTTP/1\\.1 (\\d{3})");

    public record Response(int status, String head, String body) {

        /** The first value of a header, or null; names compare without regard to case. */
        public String header(String name) {
            Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    private RawHttp() {
    }

    /** The body of a chunked response: each chunk's size line (hexadecimal) dropped. */
    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOfCrLf(bytes, at);
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    /** Sends {@code GET target} with the given extra header lines (each "Name: value"). */
    public static Response get(int port, String target, String... headers) throws IOException {
        return send(port, "GET " + target, "", headers);
    }

    /** Sends {@code POST target} with a form body and the given extra header lines. */
    public static Response postForm(int port, String target, String form, String... headers) throws IOException {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type: application/x-www-form-urlencoded";
        all[headers.length + 1] = "Content-Length: " + form.getBytes(StandardCharsets.UTF_8).length;
        return send(port, "POST " + target, form, all);
    }

    private static Response send(int port, String requestLine, String body, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine + " HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (String header : headers) {
            request.append(header).append("\r\n");
            hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
        }
        if (!hostGiven) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String content = split < 0 ? "" : response.substring(split + 4);
            Matcher status = STATUS.matcher(head);
            Response parsed = new Response(status.find() ? Integer.parseInt(status.group(1)) : -1, head, content);
            return "chunked".equalsIgnoreCase(parsed.header("Transfer-Encoding"))
                    ? new Response(parsed.status(), head, dechunk(content)) : parsed;
        }
    }
}
