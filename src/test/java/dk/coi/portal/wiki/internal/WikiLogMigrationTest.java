package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.support.MigrationDatabase;
import dk.coi.portal.support.PortalTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The wiki log's migrations on the demo data as schema V6 held it: V9 turns the Danish text it kept about moves,
 * protections and rollbacks into phrases, leaving only the person's own words as the reason; V12 moves every line
 * into the one moderation log, in order and without loss.
 */
@PortalTest
class WikiLogMigrationTest {

    private static final PhraseConverter PHRASES = new PhraseConverter();

    @Autowired
    DataSource portal;

    @Test
    void theLogsDanishTextBecomesPhrasesAndReasonsInTheModerationLog() throws Exception {
        try (MigrationDatabase database = MigrationDatabase.atV6WithDemoData(portal)) {
            JdbcTemplate jdbc = database.jdbc();
            jdbc.update("""
                    insert into wiki_log (id, created_at, person_id, action, page_id, title, detail) values
                    (4, now(), 3, 'PROTECT', 1, 'Hvad er offentlig innovation?', 'NONE+REVIEW: Officiel: vejledning'),
                    (5, now(), 3, 'PROTECT', 7, 'De syv principper', 'STAFF: Omdirigering til Syv principper til praksis'),
                    (6, now(), 3, 'DELETE', 3, 'KLK''s fire faser', 'Dublet')""");

            database.migrateToNewest();

            assertThat(jdbc.queryForList("select facts, reason from moderation_log where subject_type = 'wiki.page'"
                    + " order by id")).extracting(row -> phrase(row.get("facts")), row -> row.get("reason"))
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

    @Test
    void everyLineMovesIntoTheModerationLogOnceAndTheWikiLogGoes() throws Exception {
        try (MigrationDatabase database = MigrationDatabase.atV6WithDemoData(portal)) {
            JdbcTemplate jdbc = database.jdbc();
            jdbc.update("""
                    insert into wiki_log (id, created_at, person_id, action, page_id, title, detail) values
                    (4, '2026-11-01 09:00:00.000001', 3, 'HIDE_COMMENT', 1, 'Hvad er offentlig innovation?', 'Grov'),
                    (5, '2026-11-01 09:05:00', 3, 'REVIEW_ACCEPT', 1, 'Hvad er offentlig innovation?', null)""");
            database.migrateTo("11");
            // Since V11 hiding a comment was moderation's decision, which the wiki logged a second time.
            jdbc.update("""
                    insert into wiki_talk_comment (id, page_id, person_id, body, created_at, hidden_at, hidden_by,
                                                   hidden_reason)
                    values (9, 1, 2, 'Køb nu', '2026-11-20 09:00:00', '2026-11-20 10:00:00.0001', 3, 'Spam')""");
            jdbc.update("""
                    insert into moderation_log (created_at, person_id, action, subject_type, subject_id, title, reason)
                    values ('2026-11-20 10:00:00.000200', 3, 'HIDE', 'wiki.comment', 9,
                            '{"k":"wiki.moderation.comment-on","a":["Hvad er offentlig innovation?"]}', 'Spam')""");
            jdbc.update("""
                    insert into wiki_log (id, created_at, person_id, action, page_id, title, reason) values
                    (6, '2026-11-20 10:00:00.000100', 3, 'HIDE_COMMENT', 1, 'Hvad er offentlig innovation?', 'Spam')""");
            List<Map<String, Object>> before = jdbc.queryForList("select * from wiki_log where id <> 6 order by id");

            database.migrateToNewest();

            List<Map<String, Object>> after = jdbc.queryForList(
                    "select * from moderation_log where subject_type = 'wiki.page' order by id");
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < before.size(); i++) {
                Map<String, Object> old = before.get(i);
                Map<String, Object> moved = after.get(i);
                assertThat(moved.get("created_at")).isEqualTo(old.get("created_at"));
                assertThat(moved.get("person_id")).isEqualTo(old.get("person_id"));
                assertThat(moved.get("kind")).isEqualTo(
                        "wiki." + old.get("action").toString().toLowerCase().replace('_', '-'));
                assertThat(moved.get("subject_id")).isEqualTo(old.get("page_id"));
                assertThat(phrase(moved.get("title"))).isEqualTo(Phrase.of("wiki.log.page", old.get("title")));
                assertThat(phrase(moved.get("facts"))).isEqualTo(phrase(old.get("facts")));
                assertThat(moved.get("reason")).isEqualTo(old.get("reason"));
            }
            assertThat(after).extracting(row -> row.get("kind")).containsExactly("wiki.move", "wiki.move",
                    "wiki.rollback", "wiki.hide-comment", "wiki.review-accept");
            assertThat(jdbc.queryForList("select kind, subject_id, created_at from moderation_log"
                    + " where subject_type = 'wiki.comment'")).as("the decision logged twice is there once")
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("kind")).isEqualTo("moderation.hide");
                        assertThat(row.get("subject_id")).isEqualTo(9L);
                    });
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                    + " where table_schema = database() and table_name = 'wiki_log'", Integer.class)).isZero();
        }
    }

    private static Phrase phrase(Object json) {
        return PHRASES.convertToEntityAttribute((String) json);
    }
}
