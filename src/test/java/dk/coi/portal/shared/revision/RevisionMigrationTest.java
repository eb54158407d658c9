package dk.coi.portal.shared.revision;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.support.MigrationDatabase;
import dk.coi.portal.support.PortalTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The move of the wiki's revisions to the shared revision entity (migration V7) loses nothing: on the demo data
 * as schema V6 held it, every revision keeps its number, author, time, page, minor flag, size, patroller and
 * summary (the portal's own summaries now as phrases, which read in Danish exactly as the stored text did), and
 * every page text of every revision is unchanged.
 */
@PortalTest
class RevisionMigrationTest {

    private static final String V6_REVISIONS = """
            select id, person_id, created_at, page_id, minor, page_size, patrolled_by, summary
            from wiki_revision order by id""";
    private static final String V7_REVISIONS = """
            select r.id, r.person_id, r.created_at, m.page_id, m.minor, m.page_size, m.patrolled_by, r.summary,
                   r.summary_phrase, r.by_system
            from revision r join wiki_revision_meta m on m.revision_id = r.id order by r.id""";
    private static final String TEXTS = "select id, rev, revtype, title, content from wiki_page_aud order by rev, id";

    @Autowired
    DataSource portal;
    @Autowired
    Texts texts;

    @Test
    void everyRevisionKeepsItsAuthorTimePageSizeAndSummaryAndEveryTextIsUnchanged() throws Exception {
        try (MigrationDatabase database = MigrationDatabase.atV6WithDemoData(portal)) {
            JdbcTemplate jdbc = database.jdbc();
            List<Map<String, Object>> revisionsBefore = jdbc.queryForList(V6_REVISIONS);
            List<Map<String, Object>> textsBefore = jdbc.queryForList(TEXTS);
            assertThat(revisionsBefore).as("demo data with a restore, two moves and a rollback").hasSize(17)
                    .extracting(row -> row.get("summary")).contains("Gendannet fra ændring 6",
                            "Tilbageført til ændring 2",
                            "Flyttet fra De syv principper til Syv principper til praksis");

            database.migrateToNewest();

            List<Map<String, Object>> revisionsAfter = jdbc.queryForList(V7_REVISIONS);
            assertThat(revisionsAfter).hasSameSizeAs(revisionsBefore);
            for (int i = 0; i < revisionsBefore.size(); i++) {
                Map<String, Object> before = revisionsBefore.get(i);
                Map<String, Object> after = revisionsAfter.get(i);
                for (String column : List.of("id", "person_id", "created_at", "page_id", "minor", "page_size",
                        "patrolled_by")) {
                    assertThat(after.get(column)).as(column + " of revision " + before.get("id"))
                            .isEqualTo(before.get(column));
                }
                EditSummary summary = new EditSummary((String) after.get("summary"),
                        new PhraseConverter().convertToEntityAttribute((String) after.get("summary_phrase")));
                // The same words, but for the numbered version's name since chosen ("version N", not "ændring N").
                assertThat(texts.get(PortalLocales.DANISH, summary)).as("summary of revision " + before.get("id"))
                        .isEqualTo(before.get("summary") == null ? ""
                                : ((String) before.get("summary")).replaceFirst("ændring (\\d+)$", "version $1"));
                assertThat(after.get("by_system")).isEqualTo(false);
            }
            assertThat(revisionsAfter).filteredOn(row -> row.get("summary_phrase") != null)
                    .as("the portal's own summaries became phrases").hasSize(6);
            assertThat(jdbc.queryForList(TEXTS)).isEqualTo(textsBefore);
        }
    }
}
