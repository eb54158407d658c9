package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StormRepository extends JpaRepository<Storm, Long> {

    @EntityGraph(attributePaths = "phases")
    Optional<Storm> findWithPhasesById(long id);

    /** A storm's number and title, for its address. */
    record Address(long id, String title) {
    }

    /**
     * Published storms before their last phase (coming or running), which are few at any time: a storm leaves them
     * when it reaches its last phase, where its next change is none.
     */
    @EntityGraph(attributePaths = "phases")
    @Query("select s from Storm s where s.nextChangeAt is not null and s.publishedAt is not null")
    List<Storm> findBeforeLastPhaseWithPhases();

    /** Published storms in their last phase (every template's last concludes), latest to reach its end first. */
    @Query("""
            select s.id from Storm s, StormPhase p where p.id = s.currentPhaseId and s.nextChangeAt is null
            and s.publishedAt is not null order by p.endsAt desc, s.id desc""")
    Slice<Long> findInLastPhase(Pageable page);

    /** The drafts, for staff: few, as a storm is published soon after it is made. */
    @EntityGraph(attributePaths = "phases")
    @Query("select s from Storm s where s.publishedAt is null order by s.id")
    List<Storm> findDraftsWithPhases();

    @EntityGraph(attributePaths = "phases")
    List<Storm> findWithPhasesByIdIn(Collection<Long> ids);

    /** The published storms' addresses. */
    @Query("""
            select new dk.coi.portal.ideastorm.internal.StormRepository$Address(s.id, s.title) from Storm s
            where s.publishedAt is not null order by s.id""")
    List<Address> findAllAddresses();

    @Query("""
            select new dk.coi.portal.ideastorm.internal.StormRepository$Address(s.id, s.title) from Storm s
            where s.resultsPublishedAt is not null order by s.id""")
    List<Address> findResultsPublished();

    /** Storms whose stored phase has stopped being true by {@code now} (index {@code ix_storm_next_change}). */
    @Query("select s.id from Storm s where s.nextChangeAt <= :now order by s.nextChangeAt")
    List<Long> findDue(@Param("now") Instant now);

    /**
     * Moves the storm from the phase it was read in to {@code next}, only if nobody changed it since (its version
     * and current phase as read): the update takes the row's lock and reads the committed row, so of two runners
     * at the same moment exactly one gets 1 here; the other gets 0 and leaves the storm alone.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update storm set current_phase_id = :next, next_change_at = :nextChange, version = version + 1
            where id = :id and version = :version and current_phase_id <=> :expected""", nativeQuery = true)
    int switchPhase(@Param("id") long id, @Param("version") long version, @Param("expected") Long expected,
                    @Param("next") long next, @Param("nextChange") Instant nextChange);

    /**
     * The storm for a staff change, read as committed and locked until the change commits, its version raised at
     * once: a phase runner that read it earlier then finds another version and leaves it alone. (Its phases load
     * after the lock, so they are read as committed too; a phase has no version to raise.)
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select s from Storm s where s.id = :id")
    Optional<Storm> findForChange(@Param("id") long id);

    List<Storm> findByCreatedByOrderByIdAsc(long createdBy);
}
