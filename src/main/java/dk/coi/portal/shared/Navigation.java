package dk.coi.portal.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * Server-side navigation to an address written as in a link ({@code wiki/Dr%C3%B8ftelse?fra=1}). Vaadin's
 * {@code navigate} takes the path decoded (it encodes it for the address bar itself), refuses a decoded
 * {@code ?}, and decodes each segment once more when it matches routes. So the path is decoded except for
 * the escapes of {@code ? # % /}, which the router decodes; when such an escape remains, the address bar is
 * then given the address as written, since Vaadin would have encoded its {@code %} again.
 */
public final class Navigation {

    private static final Pattern KEPT_ESCAPES = Pattern.compile("(?i)%(3F|23|25|2F)");

    private Navigation() {
    }

    public static void open(UI ui, String address) {
        int query = address.indexOf('?');
        String path = query < 0 ? address : address.substring(0, query);
        QueryParameters parameters = query < 0 ? QueryParameters.empty()
                : QueryParameters.fromString(address.substring(query + 1));
        String routerPath = routerPath(path);
        ui.navigate(routerPath, parameters);
        // Only when the view asked for is the one shown: a forward or an error page has its own address.
        if (routerPath.contains("%") && routerPath.equals(ui.getInternals().getActiveViewLocation().getPath())) {
            ui.getPage().getHistory().replaceState(null, address);
        }
    }

    /** A path as written in a link, as Vaadin's router methods ({@code navigate}, {@code forwardTo}) take it. */
    public static String routerPath(String path) {
        return UriUtils.decode(KEPT_ESCAPES.matcher(path).replaceAll("%25$1"), StandardCharsets.UTF_8);
    }
}
