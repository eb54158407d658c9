package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.support.PortalTest;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

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
        String database = "migration_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate server = new JdbcTemplate(portal);
        server.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        try {
            DataSource old = dataSourceFor(database);
            JdbcTemplate jdbc = new JdbcTemplate(old);
            flyway(old).target("6").load().migrate();
            try (Connection connection = old.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/v6-demo-data.sql"));
            }
            jdbc.update("""
                    insert into wiki_log (id, created_at, person_id, action, page_id, title, detail) values
                    (4, now(), 3, 'PROTECT', 1, 'Hvad er offentlig innovation?', 'NONE+REVIEW: Officiel: vejledning'),
                    (5, now(), 3, 'PROTECT', 7, 'De syv principper', 'STAFF: Omdirigering til Syv principper til praksis'),
                    (6, now(), 3, 'DELETE', 3, 'KLK''s fire faser', 'Dublet')""");

            flyway(old).load().migrate();

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
        } finally {
            server.execute("DROP DATABASE " + database);
        }
    }

    private DataSource dataSourceFor(String database) throws Exception {
        try (Connection connection = portal.getConnection()) {
            String url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            return new DriverManagerDataSource(url, "root", "");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}
