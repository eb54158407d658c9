package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationPlace;
import dk.coi.portal.organisation.OrganisationType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The register's query behind {@code OrganisationPlaces.read}: an organisation's place, following a merge. */
public final class OrganisationPlaceQuery {

    private OrganisationPlaceQuery() {
    }

    public static Optional<OrganisationPlace> read(Connection connection, long id) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select o.name, o.kind, o.municipality_code,
                       coalesce(m.region_code, case when o.kind = 'REGION' then o.official_code end)
                from organisation o
                left join organisation m on m.official_code = o.municipality_code and m.kind = 'MUNICIPALITY'
                where o.id = (select coalesce(d.merged_into, d.id) from organisation d where d.id = ?)""")) {
            statement.setLong(1, id);
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
