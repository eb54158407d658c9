package dk.coi.portal.organisation;

import dk.coi.portal.organisation.internal.OrganisationPlaceQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads an organisation's {@link OrganisationPlace} over the caller's JDBC connection: an index bridge runs while its
 * session is being flushed, where a query through Hibernate (or a service call joining the transaction) would flush
 * again. The register's tables stay its own ({@code internal}).
 */
public final class OrganisationPlaces {

    private OrganisationPlaces() {
    }

    /** The organisation (or the one it was merged into); empty when the register has no organisation of that id. */
    public static Optional<OrganisationPlace> read(Connection connection, OrganisationId id) throws SQLException {
        return OrganisationPlaceQuery.read(connection, id.value());
    }
}
