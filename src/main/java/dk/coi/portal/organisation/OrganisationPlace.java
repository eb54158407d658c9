package dk.coi.portal.organisation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where an organisation is, as another module's search index stores it with its own documents: its name, government
 * level, the official code of the municipality it is located in and of the region that lies in (a region's own).
 * Read over the caller's JDBC connection by {@link #read}: an index bridge runs while its session is being flushed,
 * where a query through Hibernate (or a service call joining the transaction) would flush again.
 */
public record OrganisationPlace(String name, OrganisationType level, Integer municipalityCode, Integer regionCode) {

    /** The organisation (or the one it was merged into); empty when the register has no organisation of that id. */
    public static Optional<OrganisationPlace> read(Connection connection, OrganisationId id) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select o.name, o.kind, o.municipality_code,
                       coalesce(m.region_code, case when o.kind = 'REGION' then o.official_code end)
                from organisation o
                left join organisation m on m.official_code = o.municipality_code and m.kind = 'MUNICIPALITY'
                where o.id = (select coalesce(d.merged_into, d.id) from organisation d where d.id = ?)""")) {
            statement.setLong(1, id.value());
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OrganisationPlace(rows.getString(1), OrganisationType.valueOf(rows.getString(2)),
                        rows.getObject(3, Integer.class), rows.getObject(4, Integer.class)));
            }
        }
    }
}
