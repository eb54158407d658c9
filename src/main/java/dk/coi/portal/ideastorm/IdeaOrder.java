package dk.coi.portal.ideastorm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a storm's ideas are ordered. Random is the default, so early ideas do not gather support only for coming
 * first; it is stable for a visitor (see design decision 011). Each has its own SQL order in
 * {@code internal.IdeaListing}; most votes only while the phase shows counts (design decision 012); most comments
 * always (comments are in view anyway).
 */
public enum IdeaOrder {
    RANDOM("tilfaeldig"), NEWEST("nyeste"), MOST_VOTES("flest-stemmer"), MOST_COMMENTS("flest-kommentarer");

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

    /** The orders a list offers: most votes only where counts are shown. */
    public static List<IdeaOrder> shown(boolean countsShown) {
        return Arrays.stream(values()).filter(order -> countsShown || order != MOST_VOTES).toList();
    }

    /** The order a query value names; empty for none or an unknown one. */
    public static Optional<IdeaOrder> ofParameter(String value) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(value)).findFirst();
    }
}
