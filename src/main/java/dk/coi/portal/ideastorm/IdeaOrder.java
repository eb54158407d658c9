package dk.coi.portal.ideastorm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a storm's ideas are ordered. Random is the default, so early ideas do not gather support only for coming
 * first; it is stable for a visitor (see design decision 011). Orders by votes or comments join here when those
 * come, each with its own SQL order in {@code internal.IdeaListing}.
 */
public enum IdeaOrder {
    RANDOM("tilfaeldig"), NEWEST("nyeste");

    private final String parameter;

    IdeaOrder(String parameter) {
        this.parameter = parameter;
    }

    /** Its value in an address's query ({@code ?orden=nyeste}). */
    public String parameter() {
        return parameter;
    }

    public String labelKey() {
        return "ideastorm.ideas.order." + name().toLowerCase(Locale.ROOT);
    }

    /** The order a query value names; empty for none or an unknown one. */
    public static Optional<IdeaOrder> ofParameter(String value) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(value)).findFirst();
    }
}
