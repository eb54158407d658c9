package dk.coi.portal.search;

import dk.coi.portal.shared.Phrase;

/**
 * A module registers one bean of this type per kind of content it wants found by the portal search.
 * The entity must be {@code @Indexed} with two full-text fields using the {@link SearchAnalyzers#DANISH}
 * analyzer and highlighting: {@code title} and {@code body}.
 *
 * @param <T> the indexed entity
 */
public interface SearchableContent<T> {

    Class<T> entityType();

    /** Translation key naming this kind of content in search results, e.g. "search.type.news". */
    String typeLabelKey();

    /** Where a hit leads: the route path (without leading slash) of the entity's page. */
    String pathOf(T entity);

    /** The entity's plain-text title, used when the title itself had no highlighted match. */
    String titleOf(T entity);

    /**
     * What a hit says under its title of where it belongs or how it stands ("I gang", "I idéstormen »X« · Valgt"),
     * translated when shown; null for nothing. Worked out when the hit is shown, so it may depend on the time.
     */
    default Phrase contextOf(T entity) {
        return null;
    }
}
