package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.support.MigrationDatabase;
import dk.coi.portal.support.PortalTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V9 turns the Danish text the wiki log kept about moves, protections and rollbacks into phrases, and
 * leaves only the person's own words as the reason: on the demo data as schema V6 held it, with a protection and
 * the protection of a redirect added as the portal then wrote them.
 */
@PortalTest
class WikiLogMigrationTest {

    @Autowired
    DataSource portal;

    @Test
    void theLogsDanishTextBecomesPhrasesAndReasons() throws Exception {
        try (MigrationDatabase database = MigrationDatabase.atV6WithDemoData(portal)) {
            JdbcTemplate jdbc = database.jdbc();
            jdbc.update("""
                    insert into wiki_log (id, created_at, person_id, action, page_id, title, detail) values
                    (4, now(), 3, 'PROTECT', 1, 'Hvad er offentlig innovation?', 'NONE+REVIEW: Officiel: vejledning'),
                    (5, now(), 3, 'PROTECT', 7, 'De syv principper', 'STAFF: Omdirigering til Syv principper til praksis'),
                    (6, now(), 3, 'DELETE', 3, 'KLK''s fire faser', 'Dublet')""");

            database.migrateToNewest();

            PhraseConverter phrases = new PhraseConverter();
            assertThat(jdbc.queryForList("select facts, reason from wiki_log order by id")).extracting(
                    row -> phrases.convertToEntityAttribute((String) row.get("facts")), row -> row.get("reason"))
                    .containsExactly(
                            tuple(Phrase.of("wiki.summary.moved", "Randomiserede forsøg i beskæftigelsesindsatsen",
                                    "Forsøg til beskæftigelse: RCT"), "Kortere titel: bedre"),
                            tuple(Phrase.of("wiki.summary.moved", "De syv principper", "Syv principper til praksis"),
                                    null),
                            tuple(Phrase.of("wiki.summary.rolled-back", 2L), null),
                            tuple(Phrase.of("wiki.log.protection", Phrase.of("wiki.protection.none"),
                                    Phrase.of("wiki.log.reviewed")), "Officiel: vejledning"),
                            tuple(Phrase.of("wiki.log.protection-of-redirect", Phrase.of("wiki.protection.staff"),
                                    Phrase.of("wiki.log.not-reviewed"), "Syv principper til praksis"), null),
                            tuple(null, "Dublet"));
        }
    }
}
