package dk.coi.portal.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ModerationLogRepository extends JpaRepository<ModerationLogEntry, Long> {

    List<ModerationLogEntry> findByKindInOrderByCreatedAtDescIdDesc(Collection<String> kinds, Limit limit);

    List<ModerationLogEntry> findBySubjectTypeAndSubjectIdOrderByCreatedAtAscIdAsc(String subjectType, long subjectId);

    List<ModerationLogEntry> findByPersonId(long personId);

    /** Lines of some kinds about some types of content, newest first; see {@link dk.coi.portal.moderation.LogQuery}. */
    @Query("""
            select l from ModerationLogEntry l
            where l.kind in :kinds and l.subjectType in :subjectTypes
              and (:since is null or l.createdAt >= :since)
              and (:personId is null or l.personId = :personId)
              and (:anySubject = true or l.subjectId in :subjectIds)
            order by l.createdAt desc, l.id desc
            """)
    List<ModerationLogEntry> findMatching(Collection<String> kinds, Collection<String> subjectTypes, Instant since,
                                          Long personId, boolean anySubject, Collection<Long> subjectIds,
                                          Limit limit);
}
