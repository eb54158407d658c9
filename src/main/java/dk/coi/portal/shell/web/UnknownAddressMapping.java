package dk.coi.portal.shell.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * An address that is no page answers a reader who is not signed in with 404 and the portal's "not found" page
 * before Vaadin sees the request: Vaadin opens a session for every request it is given, also for one it then
 * refuses (UnknownAddresses), and a crawler following stale links would leave a session per address. Consulted
 * after every controller and before Vaadin's catch-all mapping and the static files, which are left to them only
 * under the folders that hold files: a file asked for elsewhere ({@code /favicon.ico} by a client that does not read
 * the page's icon link, {@code /wp-login.php} by a bot) is no page either. An address with a trailing slash is sent
 * on to the one without.
 */
@Component
class UnknownAddressMapping extends AbstractHandlerMapping {

    private static final HttpRequestHandler NOT_FOUND =
            (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);

    /**
     * Where the portal's files are: Vaadin's own, Lumo's stylesheet, the theme, the theme under a hashed address
     * (any hash: a page from before a new theme still finds its stylesheet) and libraries from WebJars (e.g. the
     * storm results' chart). Anything else under {@code /assets/} is no file.
     */
    private static final Pattern STATIC_FILES =
            Pattern.compile("^/(?:VAADIN/|lumo/|themes/|assets/[0-9a-f]{12}/themes/|assets/webjars/)");

    private final ServletContext servletContext;
    private final UrlPathHelper paths = new UrlPathHelper();

    UnknownAddressMapping(ServletContext servletContext) {
        this.servletContext = servletContext;
        // Vaadin's catch-all and the static files' mapping both come at LOWEST_PRECEDENCE - 1.
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        if (!isReaderGet(request)) {
            return null;
        }
        String path = paths.getPathWithinApplication(request);
        // Never "//host/": a Location of "//host" would send the reader to another site.
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith("//") && !path.startsWith("/VAADIN/")) {
            return toOneAddress(request, path.replaceFirst("/+$", ""));
        }
        return isUnknown(path) ? NOT_FOUND : null;
    }

    /** One address per page: "/wiki/" is "/wiki" (search engines would otherwise see two pages). */
    private static HttpRequestHandler toOneAddress(HttpServletRequest request, String path) {
        String target = request.getContextPath() + (path.isEmpty() ? "/" : path)
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return (asked, response) -> {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", target);
        };
    }

    private static boolean isReaderGet(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getUserPrincipal() == null && request.getParameter("v-r") == null;
    }

    private boolean isUnknown(String path) {
        if (STATIC_FILES.matcher(path).find()) {
            return false;
        }
        return !ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getNavigationRouteTarget(path.replaceFirst("^/", "")).hasTarget();
    }
}
