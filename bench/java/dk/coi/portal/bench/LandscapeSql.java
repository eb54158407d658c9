package dk.coi.portal.bench;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The catalogue's search as a naive implementation on MariaDB would do it, for comparison with the index: the page of
 * 20, the total and every facet counted by {@code GROUP BY} (tags, kept one per line, counted from the matching rows),
 * each a query of its own over the same words and facet filters. Words match by {@code LIKE '%word%'} over title,
 * summary and the four sections (every word), or by a {@code FULLTEXT} index over the same columns in natural
 * language mode ({@link #createFullTextIndex}, made by the benchmark only).
 */
final class LandscapeSql {

    enum Matching { LIKE, FULLTEXT }

    private static final String TEXT_COLUMNS = "c.title, c.summary, c.effect, c.process, c.conditions, c.documentation";
    private static final String FROM = """
             from landscape_case c
             join organisation o on o.id = c.organisation_id
             left join organisation m on m.official_code = o.municipality_code and m.kind = 'MUNICIPALITY'
            """;
    private static final Map<CaseFacet, String> COLUMNS = Map.of(
            CaseFacet.SECTOR, "c.sector",
            CaseFacet.LEVEL, "o.kind",
            CaseFacet.REGION, "coalesce(m.region_code, case when o.kind = 'REGION' then o.official_code end)",
            CaseFacet.MUNICIPALITY, "o.municipality_code",
            CaseFacet.STAGE, "c.stage",
            CaseFacet.TYPE, "c.innovation_type",
            CaseFacet.EVIDENCE, "c.evidence_level",
            CaseFacet.NOVELTY, "c.novelty",
            CaseFacet.YEAR, "c.year_started");

    private final DataSource dataSource;
    private final Matching matching;

    LandscapeSql(DataSource dataSource, Matching matching) {
        this.dataSource = dataSource;
        this.matching = matching;
    }

    static void createFullTextIndex(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create fulltext index ft_bench_case on landscape_case (title, summary, effect, process,"
                    + " conditions, documentation)");
        }
    }

    static void dropFullTextIndex(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.execute("drop index ft_bench_case on landscape_case");
        }
    }

    /** The page's ids and the total; the facets' counts are fetched and thrown away, as a page would show them. */
    Result search(LandscapeSearches.Search search) {
        try (Connection connection = dataSource.getConnection()) {
            Where where = where(search);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement page = where.prepare(connection, "select c.id" + FROM + where.sql
                    + " order by " + order(search) + " limit 20 offset " + search.page() * 20, orderArguments(search))) {
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            long total;
            try (PreparedStatement count = where.prepare(connection, "select count(*)" + FROM + where.sql, List.of());
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            Map<CaseFacet, Map<String, Long>> facets = new HashMap<>();
            for (Map.Entry<CaseFacet, String> facet : COLUMNS.entrySet()) {
                Map<String, Long> counts = new HashMap<>();
                try (PreparedStatement group = where.prepare(connection, "select " + facet.getValue() + ", count(*)"
                        + FROM + where.sql + " group by 1", List.of());
                     ResultSet rows = group.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
                facets.put(facet.getKey(), counts);
            }
            Map<String, Long> tags = new HashMap<>();
            try (PreparedStatement tagged = where.prepare(connection, "select c.tags" + FROM + where.sql, List.of());
                 ResultSet rows = tagged.executeQuery()) {
                while (rows.next()) {
                    String lines = rows.getString(1);
                    if (lines != null) {
                        for (String tag : lines.split("\n")) {
                            tags.merge(tag, 1L, Long::sum);
                        }
                    }
                }
            }
            facets.put(CaseFacet.TAG, tags);
            return new Result(ids, total, facets);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    record Result(List<Long> ids, long total, Map<CaseFacet, Map<String, Long>> facets) {
    }

    private String order(LandscapeSearches.Search search) {
        CaseSort sort = search.sort() != null ? search.sort() : CaseSort.standard(!search.text().isBlank());
        return switch (sort) {
            case RELEVANCE -> matching == Matching.FULLTEXT && !search.text().isBlank()
                    ? "match(" + TEXT_COLUMNS + ") against (? in natural language mode) desc, c.published_at desc"
                    : "c.published_at desc";
            case NEWEST -> "c.published_at desc";
            case MOST_REUSED -> "(select count(*) from landscape_adoption a where a.case_id = c.id) desc,"
                    + " c.published_at desc";
        };
    }

    private List<Object> orderArguments(LandscapeSearches.Search search) {
        return order(search).contains("against") ? List.of(search.text()) : List.of();
    }

    /** The words and every facet's selection, as SQL with its arguments. */
    private Where where(LandscapeSearches.Search search) {
        StringBuilder sql = new StringBuilder(" where c.status = 'PUBLISHED'");
        List<Object> arguments = new ArrayList<>();
        if (!search.text().isBlank()) {
            if (matching == Matching.FULLTEXT) {
                sql.append(" and match(").append(TEXT_COLUMNS).append(") against (? in natural language mode)");
                arguments.add(search.text());
            } else {
                for (String word : search.text().strip().split("\\s+")) {
                    sql.append(" and (c.title like ? or c.summary like ? or c.effect like ? or c.process like ?"
                            + " or c.conditions like ? or c.documentation like ?)");
                    for (int i = 0; i < 6; i++) {
                        arguments.add("%" + word + "%");
                    }
                }
            }
        }
        search.facets().forEach((facet, values) -> {
            if (facet == CaseFacet.TAG) {
                sql.append(" and (").append(String.join(" or ", values.stream()
                        .map(value -> "concat('\\n', c.tags, '\\n') like ?").toList())).append(')');
                values.forEach(value -> arguments.add("%\n" + value + "\n%"));
            } else {
                sql.append(" and ").append(COLUMNS.get(facet)).append(" in (")
                        .append(String.join(", ", values.stream().map(value -> "?").toList())).append(')');
                values.forEach(value -> arguments.add(columnValue(facet, value)));
            }
        });
        return new Where(sql.toString(), arguments);
    }

    /** A facet's value in the address as the table holds it: an enum constant's name, or the number. */
    private static Object columnValue(CaseFacet facet, String value) {
        return switch (facet) {
            case REGION, MUNICIPALITY, YEAR -> Integer.parseInt(value);
            default -> value.toUpperCase(Locale.ROOT).replace('-', '_');
        };
    }

    private record Where(String sql, List<Object> arguments) {

        PreparedStatement prepare(Connection connection, String query, List<Object> afterWhere) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(query);
            int index = 1;
            // The relevance order's argument comes after the where clause's in the text of the query.
            for (Object argument : arguments) {
                statement.setObject(index++, argument);
            }
            for (Object argument : afterWhere) {
                statement.setObject(index++, argument);
            }
            return statement;
        }
    }
}
