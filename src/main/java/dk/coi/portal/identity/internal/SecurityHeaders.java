package dk.coi.portal.identity.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import dk.coi.portal.shared.map.MapSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, written first so that pages, Vaadin's requests, feeds and the error
 * pages of requests that the security firewall refuses all carry them; also {@code Cache-Control: no-store} until
 * a response says how it may be cached.
 *
 * <p>The Content-Security-Policy allows everything from the portal's own origin only, no plugins, no framing by
 * other sites, forms only to the portal. Scripts in a page run only when they carry the response's nonce, which
 * the portal adds to the scripts of Vaadin's bootstrap page: injected {@code <script>} elements and inline event
 * handlers ({@code onerror=…}) do not run. What Vaadin Flow forces to stay open, and why: {@code 'unsafe-eval'},
 * because Flow's client engine runs the expressions the server sends ({@code executeJs}, event data) by
 * constructing functions; {@code style-src 'unsafe-inline'}, because Flow and its components set inline styles;
 * and {@code data:} images and fonts, because Lumo's icons and icon font come as data URLs. A map tile server
 * configured by {@code portal.map.tile-url} is the one other origin images may come from.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter implements VaadinServiceInitListener {

    static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long HSTS_MAX_AGE = Duration.ofDays(365).toSeconds();

    private final boolean hsts;
    /** The images allowed besides the portal's own: a configured map tile server's origin (none by default). */
    private final String images;

    SecurityHeaders(@Value("${portal.security.hsts:false}") boolean hsts, MapSettings map) {
        this.hsts = hsts;
        this.images = map.tileOrigin().isEmpty() ? "" : " " + map.tileOrigin();
    }

    static String policy(String nonce) {
        return policy(nonce, "");
    }

    static String policy(String nonce, String images) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:" + images + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "frame-ancestors 'self'; "
                + "form-action 'self'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy(nonceOf(request), images));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // Not stored anywhere unless the response says otherwise: personal pages and one's own data must not end up
        // in a shared cache; static files and public pages replace this with how they may be cached.
        response.setHeader("Cache-Control", "no-store");
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /** An error page is the same response as the request that failed, so it keeps that request's nonce. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String nonceOf(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                response.getDocument().getElementsByTag("script").attr("nonce", nonceOf(request.getHttpServletRequest()));
            }
        });
    }
}
