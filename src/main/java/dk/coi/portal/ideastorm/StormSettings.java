package dk.coi.portal.ideastorm;

/**
 * How staff run a storm: whether they read new ideas before they are published ({@code preModerated}), and how many
 * votes one person may give in it ({@code voteBudget}, null: no budget).
 */
public record StormSettings(boolean preModerated, Integer voteBudget) {

    /** A storm as it is unless staff choose otherwise: ideas published at once, no budget. */
    public static final StormSettings DEFAULT = new StormSettings(false, null);
}
