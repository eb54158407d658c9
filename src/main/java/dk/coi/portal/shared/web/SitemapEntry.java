package dk.coi.portal.shared.web;

import java.time.Instant;

/**
 * A page in the sitemap: its route path as the modules' route classes write it (e.g. {@code wiki/Forside}, the
 * front page {@code ""}), and when it last changed, if known (null otherwise).
 */
public record SitemapEntry(String path, Instant lastModified) {

    public static SitemapEntry of(String path) {
        return new SitemapEntry(path, null);
    }
}
