package dk.coi.portal.wiki;

/**
 * An edit as the editor submits it. {@code baseVersion} is the page version the editor started from
 * ({@code null} when creating a page); a save on top of a newer version is an edit conflict.
 */
public record WikiEdit(String title, String content, String summary, boolean minor, Long baseVersion) {
}
