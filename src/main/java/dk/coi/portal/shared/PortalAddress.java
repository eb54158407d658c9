package dk.coi.portal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The portal's public address, for links that leave the browser (mail); set by {@code PORTAL_BASE_URL}. */
@Component
public class PortalAddress {

    private final String baseUrl;

    PortalAddress(@Value("${portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The absolute URL of a route path such as {@code wiki/Syv_principper}. */
    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
