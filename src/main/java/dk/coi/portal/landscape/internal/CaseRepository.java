package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

    long countByStatus(CaseStatus status);

    List<LandscapeCase> findByOrganisationIdAndStatusOrderByTitle(long organisationId, CaseStatus status);

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

    interface EditRow {
        long getCaseId();

        long getRevision();

        String getTitle();

        long getTime();
    }
}
