package dk.coi.portal.shared.map;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's optional tile layer ({@code portal.map.*}). Empty by default: the map draws the outline the portal ships
 * and asks no one else for anything. With {@code tile-url} set (a Leaflet URL template such as
 * {@code https://tiles.example.dk/{z}/{x}/{y}.png}, https only) the tiles are drawn under the outline, credited with
 * {@code tile-attribution} (text), and the tile server's origin is allowed as an image source. A template whose host
 * begins with Leaflet's subdomain placeholder ({@code https://{s}.tiles.example.dk/…}, asked as a., b. and c.) allows
 * every subdomain of that host ({@code https://*.tiles.example.dk}); no other placeholder may stand in the host.
 */
@ConfigurationProperties("portal.map")
public record MapSettings(String tileUrl, String tileAttribution) {

    /** Leaflet's placeholders ({z}, {x}, {y}, {s}, {r}, …), replaced by something harmless to parse the template. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    private static final String SUBDOMAIN = "{s}.";

    public MapSettings {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "" : tileUrl.strip();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
        if (!tileUrl.isEmpty() && tileOrigin(tileUrl).isEmpty()) {
            throw new IllegalArgumentException("portal.map.tile-url must be an https:// address with a fixed host"
                    + " (or one beginning with {s}.)");
        }
    }

    /** The tile server's origin ({@code https://host[:port]}, or {@code https://*.host[:port]} for {s}), or empty. */
    public String tileOrigin() {
        return tileOrigin(tileUrl);
    }

    /**
     * The origin of a tile URL template as a CSP source, or empty when there is none, it is no https address, or a
     * placeholder other than a leading {@code {s}.} stands in its host.
     */
    public static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        String template = tileUrl.strip();
        String scheme = "https://";
        if (!template.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return "";
        }
        boolean subdomains = template.startsWith(SUBDOMAIN, scheme.length());
        String rest = template.substring(scheme.length() + (subdomains ? SUBDOMAIN.length() : 0));
        int hostEnds = rest.indexOf('/');
        String authority = hostEnds < 0 ? rest : rest.substring(0, hostEnds);
        if (authority.isEmpty() || authority.contains("{") || authority.contains("}") || authority.contains("@")) {
            return "";
        }
        try {
            URI address = URI.create(scheme + PLACEHOLDER.matcher(rest).replaceAll("0"));
            if (address.getHost() == null || address.getRawUserInfo() != null) {
                return "";
            }
            return "https://" + (subdomains ? "*." : "") + address.getHost()
                    + (address.getPort() < 0 ? "" : ":" + address.getPort());
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
