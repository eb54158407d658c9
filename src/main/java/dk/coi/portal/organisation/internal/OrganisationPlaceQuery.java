package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationPlace;
import dk.coi.portal.organisation.OrganisationType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The register's query behind {@code OrganisationPlaces}: organisations' places, following merges, in one query. */
public final class OrganisationPlaceQuery {

    /** Each organisation asked for (by {@code d.id}) with where it is, or the one it was merged into is. */
    private static final String PLACES = """
            select d.id, o.name, o.kind, o.municipality_code,
                   coalesce(m.region_code, case when o.kind = 'REGION' then o.official_code end)
            from organisation d
            join organisation o on o.id = coalesce(d.merged_into, d.id)
            left join organisation m on m.official_code = o.municipality_code and m.kind = 'MUNICIPALITY'
            where d.id in (%s)""";

    private OrganisationPlaceQuery() {
    }

    /** The places by the ids asked for; an id the register does not have is left out. */
    public static Map<OrganisationId, OrganisationPlace> readAll(Connection connection, Collection<OrganisationId> ids)
            throws SQLException {
        List<OrganisationId> asked = ids.stream().distinct().toList();
        Map<OrganisationId, OrganisationPlace> places = new HashMap<>();
        if (asked.isEmpty()) {
            return places;
        }
        try (var statement = connection.prepareStatement(
                PLACES.formatted(String.join(", ", Collections.nCopies(asked.size(), "?"))))) {
            for (int i = 0; i < asked.size(); i++) {
                statement.setLong(i + 1, asked.get(i).value());
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    places.put(OrganisationId.of(rows.getLong(1)), new OrganisationPlace(rows.getString(2),
                            OrganisationType.valueOf(rows.getString(3)), rows.getObject(4, Integer.class),
                            rows.getObject(5, Integer.class)));
                }
            }
        }
        return places;
    }
}
