package dk.coi.portal.organisation;

import dk.coi.portal.shared.AddressWords;
import java.util.Optional;

/**
 * The register's addresses, as both renderers and the sitemap write them: an organisation at its number followed by
 * its name's words ({@code organisationer/101-koebenhavns-kommune}); the number alone, or with other words, or a
 * merged duplicate's number, is sent on to that address.
 */
public final class OrganisationRoutes {

    public static final String LIST = "organisationer";
    /** The public list of innovation units. */
    public static final String INNOVATION_UNITS = LIST + "/innovationsenheder";
    /** The employees' screen for adding their own unit. */
    public static final String NEW_UNIT = LIST + "/ny";
    /** The query parameter of {@link #NEW_UNIT} naming the parent to start from. */
    public static final String UNDER = "under";
    /** An organisation's path segment after the list's: its number, then any words. */
    public static final String SEGMENT = AddressWords.NUMBERED_SEGMENT;

    private OrganisationRoutes() {
    }

    public static String organisation(OrganisationId id, String name) {
        return LIST + "/" + AddressWords.numbered(id.value(), name);
    }

    /** The screen for adding a unit, starting under {@code parent}. */
    public static String newUnitUnder(OrganisationId parent) {
        return NEW_UNIT + "?" + UNDER + "=" + parent.value();
    }

    /** The organisation a path segment (or query parameter) names; empty when it names none. */
    public static Optional<OrganisationId> idOf(String segment) {
        return AddressWords.numberOf(segment).stream().mapToObj(OrganisationId::of).findFirst();
    }
}
