package dk.coi.portal.organisation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an organisation is, as another module's search index stores it with its own documents: its name, government
 * level, the official code of the municipality it is located in and of the region that lies in (a region's own).
 * Read over the caller's JDBC connection by {@link #read}: an index bridge runs while its session is being flushed,
 * where a query through Hibernate (or a service call joining the transaction) would flush again. {@link #readAll}
 * reads many in one query, for a page of cards that each name their organisation.
 */
public record OrganisationPlace(String name, OrganisationType level, Integer municipalityCode, Integer regionCode) {

    /** Each organisation asked for (by {@code d.id}) with where it is, or the one it was merged into is. */
    private static final String PLACES = """
            select d.id, o.name, o.kind, o.municipality_code,
                   coalesce(m.region_code, case when o.kind = 'REGION' then o.official_code end)
            from organisation d
            join organisation o on o.id = coalesce(d.merged_into, d.id)
            left join organisation m on m.official_code = o.municipality_code and m.kind = 'MUNICIPALITY'
            where d.id in (%s)""";

    /** The organisation (or the one it was merged into); empty when the register has no organisation of that id. */
    public static Optional<OrganisationPlace> read(Connection connection, OrganisationId id) throws SQLException {
        return Optional.ofNullable(readAll(connection, List.of(id)).get(id));
    }

    /**
     * The places of the organisations (each the one it was merged into, if so) by the ids asked for, in one query;
     * an id the register does not have is left out.
     */
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
