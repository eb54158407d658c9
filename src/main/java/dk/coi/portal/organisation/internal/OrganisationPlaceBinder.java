package dk.coi.portal.organisation.internal;

import dk.coi.portal.search.SearchAnalyzers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * An organisation's {@code body} in the portal search: where it is, by name — the organisation it is under, the
 * municipality it is located in and that municipality's region (a municipality's own region) — so that searching
 * for "Aarhus Kommune" finds the municipality by its name and its units by their place.
 * <p>
 * The names of the municipalities and regions are reference data that only a migration changes: they are read once
 * over the session's own connection (no query through Hibernate, which would flush while the index is being
 * written) and kept. A parent is found in the session by its id. A unit moved to another parent by a merge is indexed
 * again (its {@code parentId} changes); a renamed parent's units are indexed again by
 * {@code OrganisationStewardship.amend}.
 */
public class OrganisationPlaceBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("parentId").use("municipalityCode").use("regionCode");
        IndexFieldReference<String> body = context.indexSchemaElement()
                .field("body", field -> field.asString().analyzer(SearchAnalyzers.DANISH)
                        .highlightable(List.of(Highlightable.ANY)))
                .toReference();
        context.bridge(Organisation.class, new Bridge(body));
    }

    private static final class Bridge implements TypeBridge<Organisation> {

        /** The municipalities and regions by official code: their names and (a municipality's) region's code. */
        private static final Map<Short, Place> REFERENCE = new ConcurrentHashMap<>();

        private record Place(String name, Short regionCode) {
        }

        private final IndexFieldReference<String> body;

        Bridge(IndexFieldReference<String> body) {
            this.body = body;
        }

        @Override
        public void write(DocumentElement target, Organisation organisation, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            Set<String> names = new LinkedHashSet<>();
            if (organisation.getParentId() != null) {
                Organisation parent = session.find(Organisation.class, organisation.getParentId());
                if (parent != null) {
                    names.add(parent.getName());
                }
            }
            Short region = organisation.getRegionCode();
            if (organisation.getMunicipalityCode() != null) {
                Place municipality = reference(session).get(organisation.getMunicipalityCode());
                if (municipality != null) {
                    names.add(municipality.name());
                    region = region == null ? municipality.regionCode() : region;
                }
            }
            if (region != null && reference(session).containsKey(region)) {
                names.add(reference(session).get(region).name());
            }
            names.remove(organisation.getName());
            target.addValue(body, String.join(" · ", names));
        }

        private static Map<Short, Place> reference(Session session) {
            if (REFERENCE.isEmpty()) {
                session.doWork(connection -> {
                    try (var statement = connection.prepareStatement(
                            "select official_code, name, region_code from organisation where official_code is not null");
                         var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            short region = rows.getShort(3);
                            REFERENCE.put(rows.getShort(1), new Place(rows.getString(2),
                                    rows.wasNull() ? null : region));
                        }
                    }
                });
            }
            return REFERENCE;
        }
    }
}
