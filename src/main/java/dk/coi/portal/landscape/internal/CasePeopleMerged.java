package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two person rows turn out to be one human, the cases the merged row owned, co-edited or was the contact person
 * of become the remaining person's, so they keep editing them; idempotent. Where both co-edited a case, the remaining
 * person's row stays. Versions need nothing: their credits are named through the person service, which follows the
 * merge.
 */
@Component
class CasePeopleMerged {

    private final JdbcTemplate database;

    CasePeopleMerged(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void moveCases(PersonMerged merged) {
        long into = merged.into().value();
        long from = merged.merged().value();
        database.update("update landscape_case set owner_id = ? where owner_id = ?", into, from);
        database.update("update landscape_case set contact_person_id = ? where contact_person_id = ?", into, from);
        // "ignore" leaves the rows the remaining person already has (the primary key); those are then dropped.
        database.update("update ignore landscape_case_editor set person_id = ? where person_id = ?", into, from);
        database.update("delete from landscape_case_editor where person_id = ?", from);
        // Owning a case is more than co-editing it.
        database.update("""
                delete e from landscape_case_editor e join landscape_case c on c.id = e.case_id
                where e.person_id = c.owner_id""");
    }
}
