package dk.coi.portal.shared.map;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's optional tile layer ({@code portal.map.*}). Empty by default: the map draws the outline the portal ships
 * and asks no one else for anything. With {@code tile-url} set (a Leaflet URL template such as
 * {@code https://tiles.example.dk/{z}/{x}/{y}.png}) the tiles are drawn under the outline, credited with
 * {@code tile-attribution} (text), and the tile server's origin is allowed as an image source.
 */
@ConfigurationProperties("portal.map")
public record MapSettings(String tileUrl, String tileAttribution) {

    public MapSettings {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "" : tileUrl.strip();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
        if (!tileUrl.isEmpty() && tileOrigin(tileUrl).isEmpty()) {
            throw new IllegalArgumentException("portal.map.tile-url must be an https:// or http:// address");
        }
    }

    /** The tile server's origin ({@code https://host[:port]}), or empty when no tile layer is configured. */
    public String tileOrigin() {
        return tileOrigin(tileUrl);
    }

    /** The origin of a tile URL template, or empty when there is none or it is no http(s) address. */
    public static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        try {
            URI address = URI.create(tileUrl.strip().replaceAll("\\{[a-z]+}", "0"));
            String scheme = address.getScheme();
            if (address.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
                return "";
            }
            return scheme + "://" + address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
