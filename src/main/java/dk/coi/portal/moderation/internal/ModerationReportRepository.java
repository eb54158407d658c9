package dk.coi.portal.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ModerationReportRepository extends JpaRepository<ModerationReport, Long> {

    boolean existsBySubjectTypeAndSubjectIdAndPersonId(String subjectType, long subjectId, long personId);

    /** How many different people have open reports on the subject. */
    @Query("""
            select count(distinct r.personId) from ModerationReport r
            where r.subjectType = :subjectType and r.subjectId = :subjectId and r.resolvedAt is null
            """)
    long countOpenReporters(String subjectType, long subjectId);

    /** The people with open reports on the subject, whom a decision that closes them tells of it. */
    @Query("""
            select distinct r.personId from ModerationReport r
            where r.subjectType = :subjectType and r.subjectId = :subjectId and r.resolvedAt is null
            """)
    List<Long> openReporters(String subjectType, long subjectId);

    /** How many pieces of content have open reports, waiting for staff's decision. */
    @Query(nativeQuery = true, value = """
            select count(*) from (select distinct subject_type, subject_id from moderation_report
                                  where resolved_at is null) waiting
            """)
    long countWaitingSubjects();

    /** Which of the subjects (of one type) the person has reported, open or decided. */
    @Query("""
            select r.subjectId from ModerationReport r
            where r.subjectType = :subjectType and r.subjectId in :subjectIds and r.personId = :personId
            """)
    List<Long> reportedBy(long personId, String subjectType, Collection<Long> subjectIds);

    List<ModerationReport> findByResolvedAtIsNullOrderByIdAsc(Limit limit);

    List<ModerationReport> findByPersonIdOrderByIdAsc(long personId);

    /** Closes the subject's open reports; returns how many were open. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ModerationReport r set r.resolvedAt = :at
            where r.subjectType = :subjectType and r.subjectId = :subjectId and r.resolvedAt is null
            """)
    int resolveOpen(String subjectType, long subjectId, Instant at);
}
