package dk.coi.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FollowRepository extends JpaRepository<Follow, Follow.Key> {

    /** Follows the subject, or changes until when; one statement, so two sessions following at once both succeed. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into notification_follow (person_id, subject_type, subject_id, created_at, expires_at)
            values (:personId, :subjectType, :subjectId, :now, :until)
            on duplicate key update expires_at = :until
            """)
    void follow(long personId, String subjectType, long subjectId, Instant now, Instant until);

    @Query("""
            select f from Follow f where f.personId = :personId and (f.expiresAt is null or f.expiresAt > :now)
            and (:subjectType is null or f.subjectType = :subjectType)
            """)
    List<Follow> findActive(long personId, String subjectType, Instant now);

    List<Follow> findByPersonId(long personId);

    @Query("""
            select f.personId from Follow f where f.subjectType = :subjectType and f.subjectId = :subjectId
            and (f.expiresAt is null or f.expiresAt > :at)
            """)
    List<Long> findFollowerIds(String subjectType, long subjectId, Instant at);

    @Modifying
    @Query("delete from Follow f where f.subjectType = :subjectType and f.subjectId = :subjectId")
    int deleteBySubject(String subjectType, long subjectId);

    @Modifying
    @Query("delete from Follow f where f.personId = :personId")
    void deleteByPersonId(long personId);

    @Modifying
    @Query("delete from Follow f where f.expiresAt is not null and f.expiresAt <= :now")
    int deleteExpired(Instant now);
}
