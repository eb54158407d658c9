package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationKind;
import dk.coi.portal.organisation.OrganisationType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list of organisations' filter as a query: not merged away, every word somewhere in the name (compared as the
 * table's Danish collation does: case aside; in any of its Danish spellings, "Århus" as "Aarhus"), of one kind, in
 * one region (the region itself, its direct units, and whatever is located in one of its municipalities).
 */
public final class OrganisationFilter {

    private OrganisationFilter() {
    }

    /**
     * @param words    the words of the name, none for any name; {@code %}, {@code _} and {@code \} already taken out
     * @param kind     null for every kind
     * @param region   the region's organisation, null for every region
     * @param inRegion the official codes of the region's municipalities (ignored without a region)
     */
    public static Specification<Organisation> matching(List<String> words, OrganisationKind kind, Organisation region,
                                                       Collection<Short> inRegion) {
        return (root, query, builder) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(builder.isNull(root.get("mergedInto")));
            for (String word : words) {
                all.add(builder.or(DanishSpellings.of(word).stream()
                        .map(spelling -> builder.like(root.get("name"), "%" + spelling + "%"))
                        .toArray(Predicate[]::new)));
            }
            if (kind != null) {
                all.add(ofKind(kind, root, builder));
            }
            if (region != null) {
                Path<Short> municipality = root.get("municipalityCode");
                all.add(builder.or(builder.equal(root.get("id"), region.getId()),
                        builder.equal(root.get("parentId"), region.getId()),
                        inRegion.isEmpty() ? builder.disjunction() : municipality.in(inRegion)));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    /** The same rule as {@link OrganisationRules#kindOf}, as a condition. */
    private static Predicate ofKind(OrganisationKind kind, Root<Organisation> root, CriteriaBuilder builder) {
        Path<Object> type = root.get("kind");
        Predicate reference = builder.isNotNull(root.get("officialCode"));
        Predicate top = builder.and(builder.isNull(root.get("officialCode")), builder.isNull(root.get("parentId")));
        return switch (kind) {
            case MUNICIPALITY -> builder.and(reference, builder.equal(type, OrganisationType.MUNICIPALITY));
            case REGION -> builder.and(reference, builder.equal(type, OrganisationType.REGION));
            case UNIT -> builder.and(builder.isNull(root.get("officialCode")), builder.isNotNull(root.get("parentId")));
            case STATE_BODY -> builder.and(top, builder.equal(type, OrganisationType.STATE));
            case ORGANISATION -> builder.and(top, builder.notEqual(type, OrganisationType.STATE));
        };
    }
}
