package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationSection;
import dk.coi.portal.organisation.OrganisationSections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An organisation's published cases on its page and among the innovation units (the register's contribution point,
 * decision 013), newest first, each with how often it was reused (when it was) and its summary under it. Two queries
 * for many organisations.
 */
@Component
class OrganisationCases implements OrganisationSections {

    /** The element id of the section on an organisation's page. */
    static final String SECTION_ID = "organisation-cases";

    private final CaseRepository cases;
    private final AdoptionRepository adoptions;

    OrganisationCases(CaseRepository cases, AdoptionRepository adoptions) {
        this.cases = cases;
        this.adoptions = adoptions;
    }

    @Override
    public Map<OrganisationId, OrganisationSection> sectionsOf(Collection<OrganisationId> organisations) {
        List<Long> ids = organisations.stream().map(OrganisationId::value).toList();
        Map<Long, List<LandscapeCase>> published = cases.findByOrganisationIdInAndStatusOrderByPublishedAtDescIdDesc(
                ids, CaseStatus.PUBLISHED).stream().collect(Collectors.groupingBy(LandscapeCase::getOrganisationId,
                LinkedHashMap::new, Collectors.toList()));
        Map<Long, Long> reuses = adoptions.reuses(published.values().stream().flatMap(List::stream)
                .map(LandscapeCase::getId).toList());
        Map<OrganisationId, OrganisationSection> sections = new LinkedHashMap<>();
        published.forEach((organisation, listed) -> sections.put(OrganisationId.of(organisation),
                new OrganisationSection(SECTION_ID, "landscape.organisation.cases", listed.stream()
                        .map(kase -> new OrganisationSection.Entry(kase.getTitle(),
                                CaseRoutes.kase(kase.caseId(), kase.getTitle()), kase.getSummary(),
                                CaseCard.reused(reuses.getOrDefault(kase.getId(), 0L)))).toList())));
        return sections;
    }
}
