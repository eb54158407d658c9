package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.Participation;
import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormResults.ResultIdea;
import dk.coi.portal.ideastorm.StormResults.ThemeResults;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.ExcelCsv;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A storm's results as files: CSV for a spreadsheet and JSON for programs. Both hold what the results page shows —
 * the ideas with their themes, statuses, authors' names (public on the page already), rubric scores (overall and
 * per criterion), comment counts and public answers, and only where the storm shows counts, their rank and votes — and never an e-mail address or who voted
 * (nor who scored what). Scores in the CSV are written with the reader's decimal mark, as their Excel reads them. The CSV is for Danish Excel ({@link ExcelCsv}), its
 * headings and statuses in the reader's language. The JSON names its fields in English, statuses by their codes.
 */
@Component
class ResultsExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Texts texts;
    private final PortalAddress address;

    ResultsExports(Texts texts, PortalAddress address) {
        this.texts = texts;
        this.address = address;
    }

    byte[] csv(StormResults results, Locale locale) {
        List<String> headings = new ArrayList<>(Stream.of("theme", "id", "title", "status", "score", "score-rank")
                .map(heading -> texts.get(locale, "ideastorm.results.csv." + heading)).toList());
        if (results.countsShown()) {
            headings.addAll(2, Stream.of("rank", "votes")
                    .map(heading -> texts.get(locale, "ideastorm.results.csv." + heading)).toList());
        }
        results.criteria().forEach(criterion -> headings.add(texts.get(locale, "ideastorm.results.csv.criterion",
                criterion.name())));
        Stream.of("comments", "answer", "answered", "author", "created", "address")
                .forEach(heading -> headings.add(texts.get(locale, "ideastorm.results.csv." + heading)));
        List<List<Object>> rows = new ArrayList<>();
        for (ThemeResults theme : results.themes()) {
            for (ResultIdea idea : theme.ideas()) {
                List<Object> row = new ArrayList<>(List.of(themeName(theme, locale), idea.id().value(),
                        idea.title(), texts.get(locale, idea.statusLabelKey()), score(idea.score(), locale),
                        orEmpty(idea.scoreRank())));
                if (results.countsShown()) {
                    row.addAll(2, List.of(idea.rank(), idea.votes()));
                }
                idea.criterionScores().forEach(score -> row.add(score(score, locale)));
                row.addAll(List.of(idea.comments(), orEmpty(idea.answerText()),
                        idea.answeredAt() == null ? "" : DateFormats.spreadsheet(idea.answeredAt()),
                        authorName(idea, locale), DateFormats.spreadsheet(idea.createdAt()),
                        address.link(idea.path())));
                rows.add(row);
            }
        }
        return ExcelCsv.write(headings, rows);
    }

    byte[] json(StormResults results) {
        Map<String, Object> storm = new LinkedHashMap<>();
        storm.put("id", results.storm().value());
        storm.put("title", results.title());
        storm.put("question", results.question());
        storm.put("address", address.link(results.stormPath()));
        storm.put("results", address.link(results.path()));
        storm.put("publishedAt", results.publishedAt() == null ? null : results.publishedAt().toString());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("storm", storm);
        document.put("countsShown", results.countsShown());
        document.put("criteria", results.criteria().stream().map(criterion -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", criterion.name());
            json.put("description", criterion.description());
            json.put("weight", criterion.weight());
            return json;
        }).toList());
        document.put("themes", results.themes().stream().map(theme -> themeJson(results, theme)).toList());
        Participation participation = results.participation();
        document.put("participation", Map.of(
                "days", participation.days().stream().map(Object::toString).toList(),
                "series", participation.series().stream().map(series -> Map.of("kind", series.kind().id(),
                        "counts", series.counts())).toList()));
        return JSON.writeValueAsBytes(document);
    }

    private Map<String, Object> themeJson(StormResults results, ThemeResults theme) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", theme.theme() == null ? null : theme.theme().value());
        json.put("name", theme.name());
        json.put("ideas", theme.ideas().stream().map(idea -> {
            Map<String, Object> ideaJson = new LinkedHashMap<>();
            ideaJson.put("id", idea.id().value());
            ideaJson.put("title", idea.title());
            ideaJson.put("author", idea.authorName());
            ideaJson.put("status", idea.status().name());
            ideaJson.put("score", idea.score());
            ideaJson.put("scoreRank", idea.scoreRank());
            List<Map<String, Object>> criterionScores = new ArrayList<>();
            for (int i = 0; i < results.criteria().size(); i++) {
                Map<String, Object> criterionScore = new LinkedHashMap<>();
                criterionScore.put("criterion", results.criteria().get(i).name());
                criterionScore.put("score", idea.criterionScores().get(i));
                criterionScores.add(criterionScore);
            }
            ideaJson.put("criterionScores", criterionScores);
            ideaJson.put("comments", idea.comments());
            ideaJson.put("answer", idea.answerText());
            ideaJson.put("answeredAt", idea.answeredAt() == null ? null : idea.answeredAt().toString());
            ideaJson.put("createdAt", idea.createdAt().toString());
            if (results.countsShown()) {
                ideaJson.put("rank", idea.rank());
                ideaJson.put("votes", idea.votes());
            }
            ideaJson.put("address", address.link(idea.path()));
            return ideaJson;
        }).toList());
        return json;
    }

    /** A score with one or two decimals, a whole one too ("4,0"), so that a column reads alike; empty when none. */
    private static String score(Double score, Locale locale) {
        if (score == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    private String themeName(ThemeResults theme, Locale locale) {
        return theme.name() != null ? theme.name() : texts.get(locale, "ideastorm.results.without-theme");
    }

    private String authorName(ResultIdea idea, Locale locale) {
        return idea.authorName() != null ? idea.authorName() : texts.get(locale, "person.erased");
    }
}
