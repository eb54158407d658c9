package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Which lines of the moderation log a module shows, newest first: some kinds about some types of content, optionally
 * since a time, by one person, or about some pieces of content only ({@code subjectIds} null: any).
 */
public record LogQuery(Set<LogKind> kinds, Set<String> subjectTypes, Instant since, PersonId person,
                       Collection<Long> subjectIds, int limit) {

    public static final int MAX_LIMIT = 500;

    public LogQuery {
        kinds = Set.copyOf(kinds);
        subjectTypes = Set.copyOf(subjectTypes);
        subjectIds = subjectIds == null ? null : Set.copyOf(subjectIds);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static LogQuery of(Set<LogKind> kinds, Set<String> subjectTypes, int limit) {
        return new LogQuery(kinds, subjectTypes, null, null, null, limit);
    }
}
