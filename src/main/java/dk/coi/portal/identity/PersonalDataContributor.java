package dk.coi.portal.identity;

/**
 * Each feature module that stores something about a person implements this, so the GDPR export contains
 * its part and erasure removes it. Erasure keeps contributions but must leave no personal data behind;
 * authors are then shown as "Slettet bruger".
 */
public interface PersonalDataContributor {

    /** Name of this module's section in the export, e.g. {@code "wiki"}. */
    String section();

    /** Everything this module holds about the person, as JSON-serialisable values. */
    Object export(PersonId person);

    /** Removes or blanks the person's personal data in this module; runs in the erasure transaction. */
    void erase(PersonId person);
}
