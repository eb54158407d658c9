package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<LandscapeCase, Long> {

    /** The case for a change, read as committed and locked until the change commits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LandscapeCase c where c.id = :id")
    Optional<LandscapeCase> findForChange(@Param("id") long id);

    /** Whether another case of the organisation has the title (as Danes compare: case aside). */
    @Query("""
            select count(c) > 0 from LandscapeCase c where c.organisationId = :organisation and c.title = :title
            and (:except is null or c.id <> :except)""")
    boolean titleTaken(@Param("organisation") long organisation, @Param("title") String title,
                       @Param("except") Long except);

    List<LandscapeCase> findByStatusOrderBySubmittedAtAsc(CaseStatus status);

    List<LandscapeCase> findByStatusOrderByPublishedAtDesc(CaseStatus status);

    /** The cases made from ideas carried on that have one of the statuses, oldest idea first. */
    @Query("""
            select c from LandscapeCase c, CarriedOnIdea i where i.caseId = c.id and c.status in :statuses
            order by i.carriedOnAt, c.id""")
    List<LandscapeCase> findMadeFromIdeas(@Param("statuses") Collection<CaseStatus> statuses);

    /**
     * The cases of the status lacking a contact person, their role or the text of a qualification section, by
     * title.
     */
    @Query("""
            select c from LandscapeCase c where c.status = :status and (c.contactPersonId is null
            or c.contactRole is null or trim(c.contactRole) = '' or c.effect is null or trim(c.effect) = ''
            or c.process is null or trim(c.process) = '' or c.conditions is null or trim(c.conditions) = ''
            or c.documentation is null or trim(c.documentation) = '') order by c.title, c.id""")
    List<LandscapeCase> findIncomplete(@Param("status") CaseStatus status);

    List<LandscapeCase> findByContactPersonIdOrderByTitle(long contactPersonId);

    long countByStatus(CaseStatus status);

    /** When the published cases last changed: the latest publication or change of content among them, if any. */
    @Query("""
            select max(case when c.contentChangedAt > c.publishedAt then c.contentChangedAt else c.publishedAt end)
            from LandscapeCase c where c.status = dk.coi.portal.landscape.CaseStatus.PUBLISHED""")
    Optional<Instant> lastPublishedChange();

    List<LandscapeCase> findByOrganisationIdInAndStatusOrderByPublishedAtDescIdDesc(Collection<Long> organisationIds,
                                                                                   CaseStatus status);

    /** The cases a person owns or co-edits, newest first. */
    @Query("""
            select c from LandscapeCase c where c.ownerId = :person
            or c.id in (select e.caseId from CaseEditor e where e.personId = :person) order by c.id desc""")
    List<LandscapeCase> findEditableBy(@Param("person") long person);

    List<LandscapeCase> findByOwnerIdOrderByIdAsc(long ownerId);

    List<LandscapeCase> findByIdIn(Collection<Long> ids);

    /** The ids of the cases whose audited content a person saved, with the revision, oldest first. */
    @Query(value = """
            select a.id as caseId, a.rev as revision, a.title as title, r.created_at as time
            from landscape_case_aud a join revision r on r.id = a.rev where r.person_id = :person
            order by a.rev""", nativeQuery = true)
    List<EditRow> editsBy(@Param("person") long person);

    /**
     * The published cases last confirmed up to date at or before {@code cutoff}, longest stale first; {@code
     * unremindedOnly}: only those whose editors have not been reminded of this confirmation's staleness yet.
     */
    @Query(value = """
            select id as caseId, confirmed_at as confirmedAt from landscape_case
            where status = 'PUBLISHED' and confirmed_at <= :cutoff
            and (not :unremindedOnly or stale_reminded_for is null or stale_reminded_for <> confirmed_at)
            order by confirmed_at, id""", nativeQuery = true)
    List<Stale> findStale(@Param("cutoff") Instant cutoff, @Param("unremindedOnly") boolean unremindedOnly);

    /**
     * Marks the editors reminded of the staleness of the confirmation {@code confirmedAt}; 0 when it has been
     * confirmed since or another node marked it first, so each stale period is told of once.
     */
    @Modifying
    @Query(value = """
            update landscape_case set stale_reminded_for = confirmed_at where id = :id and confirmed_at = :confirmedAt
            and (stale_reminded_for is null or stale_reminded_for <> confirmed_at)""", nativeQuery = true)
    int markRemindedStale(@Param("id") long id, @Param("confirmedAt") Instant confirmedAt);

    /**
     * The expected results of published cases whose follow-up date is before {@code today} and that have no result
     * yet, not reminded of for that date.
     */
    @Query(value = """
            select r.id as resultId, r.case_id as caseId, r.metric as metric, r.follow_up as followUp
            from landscape_case_result r join landscape_case c on c.id = r.case_id
            where c.status = 'PUBLISHED' and r.expected and r.follow_up < :today and coalesce(r.result, '') = ''
            and (r.follow_up_reminded_for is null or r.follow_up_reminded_for <> r.follow_up)
            order by r.follow_up, r.id""", nativeQuery = true)
    List<FollowUpDue> findFollowUpsDue(@Param("today") LocalDate today);

    /** Marks a result's follow-up date reminded of; 0 when it changed since or another node marked it first. */
    @Modifying
    @Query(value = """
            update landscape_case_result set follow_up_reminded_for = follow_up where id = :id
            and follow_up = :followUp and coalesce(result, '') = ''
            and (follow_up_reminded_for is null or follow_up_reminded_for <> follow_up)""", nativeQuery = true)
    int markFollowUpReminded(@Param("id") long id, @Param("followUp") LocalDate followUp);

    interface Stale {
        long getCaseId();

        Instant getConfirmedAt();
    }

    interface FollowUpDue {
        long getResultId();

        long getCaseId();

        String getMetric();

        LocalDate getFollowUp();
    }

    interface EditRow {
        long getCaseId();

        long getRevision();

        String getTitle();

        long getTime();
    }

    long countByStatusAndUncheckedSinceIsNotNull(CaseStatus status);

    /** The published cases changed by their editors since staff last looked, longest waiting first. */
    List<LandscapeCase> findByStatusAndUncheckedSinceIsNotNullOrderByUncheckedSinceAsc(CaseStatus status);

    /**
     * Marks a published case's changes seen by staff, unless it was changed since {@code version}; without raising
     * its version, so an editor's open form stays current. Returns the rows marked.
     */
    @Modifying
    @Query("update LandscapeCase c set c.uncheckedSince = null where c.id = :id and c.version = :version")
    int markSeen(@Param("id") long id, @Param("version") long version);
}
