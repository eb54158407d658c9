package dk.coi.portal.organisation.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationMergeRepository extends JpaRepository<OrganisationMerge, Long> {

    /**
     * The merge of {@code mergedId} that stands (at most one: a merged organisation is not merged again), its row
     * locked until the transaction ends.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OrganisationMerge m where m.mergedId = :mergedId and m.undoneAt is null")
    Optional<OrganisationMerge> findStandingForChange(long mergedId);

    /** The merges into {@code keptId} since a time that stand, newest first. */
    List<OrganisationMerge> findByKeptIdAndUndoneAtIsNullAndMergedAtAfterOrderByMergedAtDesc(long keptId,
                                                                                          Instant since);
}
