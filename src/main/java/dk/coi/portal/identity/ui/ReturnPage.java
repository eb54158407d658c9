package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dk.coi.portal.identity.internal.ReturnAfterSignIn;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page to return to after signing in or up, remembered in the session for {@link ReturnAfterSignIn}: the
 * view that needed a sign-in, else the page named in the {@code next} parameter, else the page this browser
 * tab showed before (whatever link led here: the header's, a "log in to comment" link).
 */
final class ReturnPage {

    static final String PARAMETER = "next";

    /** The page a browser tab showed last, kept on its UI by {@link ShownPages}. */
    record Shown(String path) {
    }

    private ReturnPage() {
    }

    static void remember(BeforeEnterEvent event, String ownRoute) {
        Location location = event.getLocation();
        Optional<String> page = location.getPath().equals(ownRoute)
                ? location.getQueryParameters().getSingleParameter(PARAMETER).flatMap(ReturnAfterSignIn::pagePath)
                        .or(() -> shownBefore(event.getUI()))
                // Vaadin shows the login view in place of a view that needs a sign-in, at that view's address.
                : ReturnAfterSignIn.pagePath("/" + location.getPathWithQueryParameters());
        page.ifPresent(path -> VaadinSession.getCurrent().getSession()
                .setAttribute(ReturnAfterSignIn.SESSION_ATTRIBUTE, path));
    }

    /** The remembered page, forgotten as it is taken; the front page if none. */
    static String take() {
        HttpSession session = VaadinServletRequest.getCurrent().getSession(false);
        return ReturnAfterSignIn.takePage(session).orElse("/");
    }

    private static Optional<String> shownBefore(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, Shown.class)).map(Shown::path)
                .flatMap(ReturnAfterSignIn::pagePath);
    }
}
