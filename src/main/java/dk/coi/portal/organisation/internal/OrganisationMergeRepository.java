package dk.coi.portal.organisation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationMergeRepository extends JpaRepository<OrganisationMerge, Long> {

    /** The merge of {@code mergedId} that stands (at most one: a merged organisation is not merged again). */
    Optional<OrganisationMerge> findFirstByMergedIdAndUndoneAtIsNullOrderByIdDesc(long mergedId);

    /** The merges into {@code keptId} since a time that stand, newest first. */
    List<OrganisationMerge> findByKeptIdAndUndoneAtIsNullAndMergedAtAfterOrderByMergedAtDesc(long keptId,
                                                                                          Instant since);
}
