package dk.coi.portal.organisation;

import dk.coi.portal.organisation.internal.OrganisationPlaceQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads organisations' {@link OrganisationPlace}s over the caller's JDBC connection: an index bridge runs while its
 * session is being flushed, where a query through Hibernate (or a service call joining the transaction) would flush
 * again. {@link #readAll} reads many in one query, for a page of cards that each name their organisation. The
 * register's tables stay its own ({@code internal}).
 */
public final class OrganisationPlaces {

    private OrganisationPlaces() {
    }

    /** The organisation (or the one it was merged into); empty when the register has no organisation of that id. */
    public static Optional<OrganisationPlace> read(Connection connection, OrganisationId id) throws SQLException {
        return Optional.ofNullable(readAll(connection, List.of(id)).get(id));
    }

    /** The places of the organisations (each the one it was merged into, if so); unknown ids are left out. */
    public static Map<OrganisationId, OrganisationPlace> readAll(Connection connection, Collection<OrganisationId> ids)
            throws SQLException {
        return OrganisationPlaceQuery.readAll(connection, ids);
    }
}
