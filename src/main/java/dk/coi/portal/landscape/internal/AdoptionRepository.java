package dk.coi.portal.landscape.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdoptionRepository extends JpaRepository<Adoption, Long> {

    boolean existsByCaseIdAndOrganisationId(long caseId, long organisationId);

    List<Adoption> findByCaseIdOrderByAdoptedInDescIdDesc(long caseId);

    List<Adoption> findByCaseIdIn(Collection<Long> caseIds);

    List<Adoption> findByAdoptingCaseIdIn(Collection<Long> caseIds);

    List<Adoption> findByPersonIdOrderByIdAsc(long personId);

    /** How many workplaces reused each of the cases (only those reused at all). */
    @Query("select a.caseId as caseId, count(a) as count from Adoption a where a.caseId in :cases group by a.caseId")
    List<ReuseCount> countByCase(@Param("cases") Collection<Long> cases);

    /** How many workplaces reused each of the cases, by case id (absent: not reused). */
    default Map<Long, Long> reuses(Collection<Long> cases) {
        return cases.isEmpty() ? Map.of() : countByCase(cases).stream()
                .collect(Collectors.toMap(ReuseCount::getCaseId, ReuseCount::getCount));
    }

    /** The published cases reused most, with their counts, most first (ties: the oldest case first). */
    @Query("""
            select a.caseId as caseId, count(a) as count from Adoption a, LandscapeCase c
            where c.id = a.caseId and c.status = dk.coi.portal.landscape.CaseStatus.PUBLISHED
            group by a.caseId order by count(a) desc, a.caseId""")
    List<ReuseCount> mostReused(Limit limit);

    /** Every adoption of a published case, for the spreading map. */
    @Query("""
            select a from Adoption a, LandscapeCase c
            where c.id = a.caseId and c.status = dk.coi.portal.landscape.CaseStatus.PUBLISHED order by a.id""")
    List<Adoption> ofPublishedCases();

    /** A page of the adoptions of published cases, in the order they were recorded. */
    @Query(value = """
            select a from Adoption a, LandscapeCase c
            where c.id = a.caseId and c.status = dk.coi.portal.landscape.CaseStatus.PUBLISHED order by a.id""",
            countQuery = """
            select count(a) from Adoption a, LandscapeCase c
            where c.id = a.caseId and c.status = dk.coi.portal.landscape.CaseStatus.PUBLISHED""")
    Page<Adoption> ofPublishedCases(Pageable page);

    interface ReuseCount {
        long getCaseId();

        long getCount();
    }
}
