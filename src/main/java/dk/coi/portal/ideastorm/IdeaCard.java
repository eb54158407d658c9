package dk.coi.portal.ideastorm;

import java.time.Instant;

/**
 * An idea as a list shows it: its title, author's name (null once erased: "Slettet bruger"), theme name (null
 * without one), the opening of its text as plain text, whether it is hidden (only staff are shown hidden ideas),
 * its votes (null while the phase hides counts), whether the visitor has voted for it, and how many visible comments
 * it has.
 */
public record IdeaCard(IdeaId id, String title, String authorName, String themeName, String opening,
                       IdeaStatus status, Instant createdAt, boolean hidden, String path, Long votes,
                       boolean votedByMe, long comments) {
}
