package dk.coi.portal.organisation.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>,
        JpaSpecificationExecutor<Organisation> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> findForChange(long id);

    /** The id {@code id} leads to: its own, or that of the organisation it was merged into. */
    @Query("select coalesce(o.mergedInto, o.id) from Organisation o where o.id = :id")
    Optional<Long> resolvedId(long id);

    /** Whether a name is taken among a parent's units (compared as the database's Danish collation does). */
    boolean existsByParentIdAndName(Long parentId, String name);

    List<Organisation> findByParentIdAndMergedIntoIsNullOrderByName(long parentId);

    List<Organisation> findByParentId(long parentId);

    /** The duplicates merged into {@code organisationId}. */
    List<Organisation> findByMergedInto(long organisationId);

    List<Organisation> findByKindAndOfficialCodeIsNotNullOrderByName(dk.coi.portal.organisation.OrganisationType kind);

    Optional<Organisation> findByOfficialCode(short code);

    /** The municipalities and regions (the reference data), for their names by code. */
    List<Organisation> findByOfficialCodeIsNotNull();

    List<Organisation> findByOfficialCodeIn(Collection<Short> codes);

    List<Organisation> findByInnovationUnitTrueAndMergedIntoIsNullOrderByName();

    List<Organisation> findByMergedIntoIsNullOrderById();

    List<Organisation> findByAddedByOrderByIdAsc(long personId);

    /**
     * Organisations not merged away with a word of their name starting with {@code word} (the name's start, or after
     * a space, a hyphen or a parenthesis), municipalities first, then by name.
     */
    @Query("""
            select o from Organisation o where o.mergedInto is null
              and (o.name like concat(:word, '%') or o.name like concat('% ', :word, '%')
                   or o.name like concat('%-', :word, '%') or o.name like concat('%(', :word, '%'))
            order by case when o.kind = dk.coi.portal.organisation.OrganisationType.MUNICIPALITY
                           and o.officialCode is not null then 0 else 1 end, o.name""")
    List<Organisation> findByNameWord(String word, Limit limit);

    /** The register, or those of a government level and/or located in a municipality (each when not null). */
    @Query("""
            select o from Organisation o where (:level is null or o.kind = :level)
              and (:municipality is null or o.municipalityCode = :municipality)""")
    Page<Organisation> findInRegister(dk.coi.portal.organisation.OrganisationType level, Short municipality,
                                      Pageable page);

    /** Points every organisation merged into {@code from} at {@code to}, so a lookup is always one step. */
    @Modifying
    @Query("update Organisation o set o.mergedInto = :to where o.mergedInto = :from")
    int repointMerged(long from, long to);
}
