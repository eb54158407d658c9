package dk.coi.portal.shell.ui;

import com.vaadin.flow.server.BootstrapUrlPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * An address that is no page answers a reader who is not signed in with 404 and the portal's "not found" page
 * (PortalErrorController), for search engines and links that went stale. Vaadin would send its start page with
 * 200 for any address and only then, in the browser, show NotFoundView. Signed-in people keep that view, in
 * their own frame. Most such addresses never reach Vaadin (shell.web.UnknownAddressMapping, which opens no
 * session); this covers the rest, such as an address that looks like a file but is none.
 */
@Component
class UnknownAddresses implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        BootstrapUrlPredicate vaadins = service.getBootstrapUrlPredicate();
        service.setBootstrapUrlPredicate(request -> vaadins.isValidUrl(request)
                && (request.getUserPrincipal() != null || isRoute(service, request)));
    }

    /** Whether a view is registered at the address (its parameters not checked beyond the route's own pattern). */
    private static boolean isRoute(VaadinService service, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        // The application's routes: the router's own registry is the session's, which needs the session's lock.
        return ApplicationRouteRegistry.getInstance(service.getContext()).getNavigationRouteTarget(path).hasTarget();
    }
}
