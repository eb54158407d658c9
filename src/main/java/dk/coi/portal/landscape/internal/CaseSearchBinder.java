package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationPlace;
import dk.coi.portal.organisation.OrganisationPlaces;
import dk.coi.portal.search.SearchAnalyzers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A case in the portal search and the catalogue: its {@code title}, and as its {@code body} its summary, its tags and
 * the name of its organisation, so that searching for "Ungecenteret" or a tag finds it; for the catalogue a keyword
 * field per {@link CaseFacet} (aggregable, for the facets' counts), the organisation's name (for the map's markers)
 * and when it was published (for the newest first). The organisation's name, government level, municipality and
 * region come from the register ({@link OrganisationPlace}, read over the session's own connection: a query through
 * Hibernate would flush while the index is being written), following a merge to the organisation kept; a case moved
 * to another organisation by a merge is indexed again ({@code CaseOrganisationsMerged}), and so are the cases of an
 * organisation staff renamed or placed in another municipality (both {@code CaseOrganisationsMerged}).
 */
public class CaseSearchBinder implements TypeBinder {

    /** The organisation's name, shown with a case on the map. */
    public static final String ORGANISATION = "organisationName";
    private static final String REUSES = CaseSort.MOST_REUSED.indexField();

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("tags").use("organisationId").use("sector")
                .use("stage").use("innovationType").use("evidenceLevel").use("novelty").use("yearStarted")
                .use("publishedAt");
        var schema = context.indexSchemaElement();
        IndexFieldReference<String> title = schema
                .field("title", field -> field.asString().analyzer(SearchAnalyzers.DANISH)
                        .highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES))
                .toReference();
        IndexFieldReference<String> body = schema
                .field("body", field -> field.asString().analyzer(SearchAnalyzers.DANISH)
                        .highlightable(List.of(Highlightable.ANY)))
                .toReference();
        Map<CaseFacet, IndexFieldReference<String>> facets = new EnumMap<>(CaseFacet.class);
        for (CaseFacet facet : CaseFacet.values()) {
            var field = schema.field(facet.indexField(), type -> type.asString().aggregable(Aggregable.YES)
                    .projectable(Projectable.YES));
            facets.put(facet, (facet == CaseFacet.TAG ? field.multiValued() : field).toReference());
        }
        IndexFieldReference<String> organisation = schema.field(ORGANISATION, field -> field.asString()
                .searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
        IndexFieldReference<Instant> published = schema.field("published", field -> field.asInstant()
                .sortable(Sortable.YES)).toReference();
        IndexFieldReference<Long> reuses = schema.field(REUSES, field -> field.asLong().sortable(Sortable.YES))
                .toReference();
        context.bridge(LandscapeCase.class, new Bridge(title, body, facets, organisation, published, reuses));
    }

    private record Bridge(IndexFieldReference<String> title, IndexFieldReference<String> body,
                          Map<CaseFacet, IndexFieldReference<String>> facets,
                          IndexFieldReference<String> organisation, IndexFieldReference<Instant> published,
                          IndexFieldReference<Long> reuses)
            implements TypeBridge<LandscapeCase> {

        @Override
        public void write(DocumentElement target, LandscapeCase landscapeCase, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            OrganisationPlace place = place(session, landscapeCase.getOrganisationId());
            List<String> parts = new ArrayList<>();
            parts.add(landscapeCase.getSummary());
            if (place != null) {
                parts.add(place.name());
                target.addValue(organisation, place.name());
                add(target, CaseFacet.LEVEL, place.level().name().toLowerCase(Locale.ROOT));
                add(target, CaseFacet.MUNICIPALITY, code(place.municipalityCode()));
                add(target, CaseFacet.REGION, code(place.regionCode()));
            }
            if (!landscapeCase.getTags().isEmpty()) {
                parts.add(String.join(" · ", landscapeCase.getTags()));
            }
            target.addValue(title, landscapeCase.getTitle());
            target.addValue(body, String.join("\n\n", parts));
            add(target, CaseFacet.SECTOR, CaseFacet.value(landscapeCase.getSector()));
            add(target, CaseFacet.STAGE, CaseFacet.value(landscapeCase.getStage()));
            add(target, CaseFacet.TYPE, CaseFacet.value(landscapeCase.getInnovationType()));
            add(target, CaseFacet.EVIDENCE, CaseFacet.value(landscapeCase.getEvidenceLevel()));
            add(target, CaseFacet.NOVELTY, CaseFacet.value(landscapeCase.getNovelty()));
            add(target, CaseFacet.YEAR, Integer.toString(landscapeCase.getYearStarted()));
            landscapeCase.getTags().forEach(tag -> CaseFacet.TAG.canonical(tag).ifPresent(value -> add(target, CaseFacet.TAG,
                    value)));
            if (landscapeCase.getPublishedAt() != null) {
                target.addValue(published, landscapeCase.getPublishedAt());
            }
            if (landscapeCase.getId() != null) {
                target.addValue(reuses, reuses(session, landscapeCase.getId()));
            }
        }

        /** How many workplaces recorded reusing the case (its adoptions), for the order "most reused". */
        private static long reuses(Session session, long caseId) {
            return session.doReturningWork(connection -> {
                try (var statement = connection.prepareStatement(
                        "select count(*) from landscape_adoption where case_id = ?")) {
                    statement.setLong(1, caseId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            });
        }

        private static String code(Integer officialCode) {
            return officialCode == null ? null : officialCode.toString();
        }

        private void add(DocumentElement target, CaseFacet facet, String value) {
            if (value != null) {
                target.addValue(facets.get(facet), value);
            }
        }

        /** The organisation's place, read through the register's API over the session's own connection. */
        private static OrganisationPlace place(Session session, long organisationId) {
            return session.doReturningWork(connection -> OrganisationPlaces.read(connection,
                    OrganisationId.of(organisationId)).orElse(null));
        }
    }
}
