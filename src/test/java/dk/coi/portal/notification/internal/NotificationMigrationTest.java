package dk.coi.portal.notification.internal;

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
 * Migration V10 moves the wiki's watchlists, mail settings and notices into the notification module's tables
 * without loss, on the demo data as schema V6 held it (plus a person's mail settings), and turns the Danish
 * automatic summaries the wiki wrote into notices into the phrases its revisions use (V14 also for a page moved
 * again since, whose title no longer matches the text).
 */
@PortalTest
class NotificationMigrationTest {

    @Autowired
    DataSource portal;

    @Test
    void watchesSettingsAndNoticesMoveOverWithTheirMeaning() throws Exception {
        try (MigrationDatabase database = MigrationDatabase.atV6WithDemoData(portal)) {
            JdbcTemplate jdbc = database.jdbc();
            jdbc.update("insert into wiki_watch_settings (person_id, mail_mode, language) values (4, 'DAILY_DIGEST', 'en')");
            // The same move, told to another watcher when the page was called something else than it is now.
            jdbc.update("""
                    insert into wiki_notice (id, person_id, page_id, kind, revision, actor_id, summary, created_at,
                                             mail_state)
                    values (6, 2, 2, 'EDIT', 14, 3, 'Flyttet fra De syv principper til Syv principper', now(), 'NONE')
                    """);
            int watches = jdbc.queryForObject("select count(*) from wiki_watch", Integer.class);
            int notices = jdbc.queryForObject("select count(*) from wiki_notice", Integer.class);

            database.migrateToNewest();

            assertThat(jdbc.queryForList("select person_id, subject_type, subject_id, expires_at from notification_follow"
                    + " order by person_id")).hasSize(watches).extracting(row -> row.get("person_id"),
                    row -> row.get("subject_type"), row -> row.get("subject_id"), row -> row.get("expires_at"))
                    .containsExactly(tuple(2L, "wiki.page", 1L, null), tuple(4L, "wiki.page", 2L, null));
            assertThat(jdbc.queryForList("select person_id, mail_mode, language from notification_settings"))
                    .extracting(row -> row.get("person_id"), row -> row.get("mail_mode"), row -> row.get("language"))
                    .containsExactly(tuple(4L, "DAILY_DIGEST", "en"));
            PhraseConverter phrases = new PhraseConverter();
            assertThat(jdbc.queryForList("select * from notification_notice order by id")).hasSize(notices)
                    .extracting(row -> row.get("person_id"), row -> row.get("subject_id"), row -> row.get("kind"),
                            row -> row.get("detail_id"), row -> row.get("summary"),
                            row -> phrases.convertToEntityAttribute((String) row.get("summary_phrase")),
                            row -> row.get("mail_state"))
                    .containsExactly(
                            tuple(2L, 1L, "EDIT", 3L, "Link til forsøg", null, "SENT"),
                            tuple(4L, 2L, "EDIT", 5L, "COI's rolle", null, "SENT"),
                            tuple(4L, 2L, "EDIT", 14L, null, Phrase.of("wiki.summary.moved", "De syv principper",
                                    "Syv principper til praksis"), "NONE"),
                            tuple(2L, 1L, "EDIT", 16L, "Tilføjelse", null, "NONE"),
                            tuple(2L, 1L, "EDIT", 17L, null, Phrase.of("wiki.summary.rolled-back", 2L), "NONE"),
                            // The revision's own phrase, with the reason V7 found empty.
                            tuple(2L, 2L, "EDIT", 14L, null, Phrase.of("wiki.summary.moved", "De syv principper",
                                    "Syv principper til praksis", ""), "NONE"));
            assertThat(jdbc.queryForList("show tables like 'wiki_notice'")).isEmpty();
            assertThat(jdbc.queryForList("show tables like 'wiki_watch%'")).isEmpty();
        }
    }
}
