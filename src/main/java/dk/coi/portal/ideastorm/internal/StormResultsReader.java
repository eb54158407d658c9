package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.Participation;
import dk.coi.portal.ideastorm.StormEvaluation;
import dk.coi.portal.ideastorm.StormEvaluation.IdeaResult;
import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormResults.ResultIdea;
import dk.coi.portal.ideastorm.StormResults.ThemeResults;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.ThemeId;
import dk.coi.portal.shared.DateFormats;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A storm's results, read inside the service's transaction: its visible ideas (hidden ones are left out everywhere)
 * with their authors, themes, evaluation (status, rubric score and each criterion's, public answer), comment counts
 * and, where the storm shows counts, votes, in one query each; and its participation (ideas, votes where shown, comments) per
 * Danish day, counted by the database per hour and folded into days here (Danish time is a whole number of hours
 * off UTC, and the database needs no time-zone tables for it).
 */
@Component
public class StormResultsReader {

    private static final String IDEAS_PER_HOUR = """
            select date_format(created_at, '%Y-%m-%dT%H'), count(*) from idea
            where storm_id = :storm and hidden_at is null group by 1""";
    private static final String VOTES_PER_HOUR = """
            select date_format(v.created_at, '%Y-%m-%dT%H'), count(*) from idea_vote v join idea i on i.id = v.idea_id
            where v.storm_id = :storm and i.hidden_at is null group by 1""";
    private static final String COMMENTS_PER_HOUR = """
            select date_format(c.created_at, '%Y-%m-%dT%H'), count(*) from idea_comment c join idea i on i.id = c.idea_id
            where c.storm_id = :storm and c.hidden_at is null and i.hidden_at is null group by 1""";

    private final IdeaRepository ideas;
    private final StormThemeRepository themes;
    private final VoteStore votes;
    private final PersonService people;
    private final Evaluations evaluations;
    private final IdeaCommentRepository comments;
    private final EntityManager entityManager;

    StormResultsReader(IdeaRepository ideas, StormThemeRepository themes, VoteStore votes, PersonService people,
                       Evaluations evaluations, IdeaCommentRepository comments, EntityManager entityManager) {
        this.evaluations = evaluations;
        this.comments = comments;
        this.ideas = ideas;
        this.themes = themes;
        this.votes = votes;
        this.people = people;
        this.entityManager = entityManager;
    }

    public StormResults results(Storm storm, boolean countsShown, boolean mayPublish, Instant now) {
        List<Idea> visible = ideas.findVisibleInStorm(storm.getId());
        Map<Long, Long> counts = countsShown ? votes.counts(visible.stream().map(Idea::getId).toList()) : Map.of();
        Map<PersonId, Author> authors = people.authors(visible.stream()
                .map(idea -> PersonId.of(idea.getAuthorId())).distinct().toList());
        StormEvaluation evaluation = evaluations.results(storm, visible);
        Map<IdeaId, IdeaResult> evaluated = evaluation.ideas().stream()
                .collect(Collectors.toMap(IdeaResult::id, Function.identity()));
        Map<Long, Long> commentCounts = comments.countVisible(visible.stream().map(Idea::getId).toList()).stream()
                .collect(Collectors.toMap(IdeaCommentRepository.IdeaCount::getIdeaId,
                        IdeaCommentRepository.IdeaCount::getComments));
        Ideas found = new Ideas(storm, counts, countsShown, authors, evaluated, commentCounts);
        Map<Long, StormTheme> stormThemes = new LinkedHashMap<>();
        themes.findByStormIdOrderByPositionAscIdAsc(storm.getId()).forEach(theme -> stormThemes.put(theme.getId(),
                theme));
        Map<Long, List<Idea>> byTheme = new LinkedHashMap<>();
        stormThemes.keySet().forEach(theme -> byTheme.put(theme, new ArrayList<>()));
        List<Idea> withoutTheme = new ArrayList<>();
        // An idea whose theme was removed since counts as one without a theme.
        visible.forEach(idea -> Optional.ofNullable(idea.getThemeId()).map(byTheme::get).orElse(withoutTheme)
                .add(idea));
        List<ThemeResults> groups = new ArrayList<>();
        byTheme.forEach((theme, themed) -> groups.add(new ThemeResults(ThemeId.of(theme),
                stormThemes.get(theme).getName(), found.ranked(themed, stormThemes.get(theme).getName()))));
        if (!withoutTheme.isEmpty()) {
            groups.add(new ThemeResults(null, null, found.ranked(withoutTheme, null)));
        }
        return new StormResults(storm.stormId(), storm.getTitle(), storm.getQuestion(), storm.getResultsPublishedAt(),
                countsShown, evaluation.criteria(), groups, participation(storm, countsShown, now), mayPublish);
    }

    /** What the ideas of one storm's results are shown with, read once for all its themes. */
    private record Ideas(Storm storm, Map<Long, Long> counts, boolean countsShown, Map<PersonId, Author> authors,
                         Map<IdeaId, IdeaResult> evaluated, Map<Long, Long> comments) {

        /**
         * Most votes first, ties in the order they came, sharing a rank; in the order they came where counts are
         * hidden. Each also gets its place by rubric score among these ideas (ties sharing it; none unscored).
         */
        List<ResultIdea> ranked(List<Idea> ideas, String themeName) {
            List<Idea> ordered = new ArrayList<>(ideas);
            if (countsShown) {
                ordered.sort(Comparator.comparing((Idea idea) -> counts.getOrDefault(idea.getId(), 0L)).reversed());
            }
            List<Double> scores = ordered.stream().map(idea -> evaluation(idea).score()).filter(Objects::nonNull)
                    .sorted(Comparator.reverseOrder()).toList();
            List<ResultIdea> ranked = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Idea idea = ordered.get(i);
                Long count = countsShown ? counts.getOrDefault(idea.getId(), 0L) : null;
                Integer rank = null;
                if (countsShown) {
                    rank = i > 0 && Objects.equals(count, ranked.get(i - 1).votes()) ? ranked.get(i - 1).rank() : i + 1;
                }
                IdeaResult evaluation = evaluation(idea);
                Integer scoreRank = evaluation.score() == null ? null : scores.indexOf(evaluation.score()) + 1;
                ranked.add(new ResultIdea(idea.ideaId(), idea.getTitle(), themeName,
                        Optional.ofNullable(authors.get(PersonId.of(idea.getAuthorId()))).map(Author::displayName)
                                .orElse(null), evaluation.status(), idea.getCreatedAt(), rank, count,
                        evaluation.score(), scoreRank, evaluation.criterionScores(),
                        comments.getOrDefault(idea.getId(), 0L), evaluation.answer(), evaluation.answerText(),
                        evaluation.answeredAt(),
                        StormRoutes.idea(storm.stormId(), storm.getTitle(), idea.ideaId(), idea.getTitle())));
            }
            return ranked;
        }

        /** The idea's evaluation, read for the same ideas. */
        private IdeaResult evaluation(Idea idea) {
            return evaluated.get(idea.ideaId());
        }
    }

    /**
     * The storm's active days: from its first phase's start to its last one's end, the publication of its results or
     * today, whichever is first; none before it starts.
     */
    private Participation participation(Storm storm, boolean countsShown, Instant now) {
        Instant start = storm.getPhases().getFirst().getStartsAt();
        Instant end = Stream.of(storm.getPhases().getLast().getEndsAt(), storm.getResultsPublishedAt(), now)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
        List<LocalDate> days = new ArrayList<>();
        if (!now.isBefore(start)) {
            LocalDate last = DateFormats.endDate(end);
            for (LocalDate day = DateFormats.danishDate(start); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        List<Participation.Series> series = new ArrayList<>();
        series.add(new Participation.Series(Participation.Kind.IDEAS, perDay(IDEAS_PER_HOUR, storm, days)));
        if (countsShown) {
            series.add(new Participation.Series(Participation.Kind.VOTES, perDay(VOTES_PER_HOUR, storm, days)));
        }
        series.add(new Participation.Series(Participation.Kind.COMMENTS, perDay(COMMENTS_PER_HOUR, storm, days)));
        return new Participation(days, series);
    }

    /** A query's counts per UTC hour, added up per Danish day of {@code days} (what falls outside them is left). */
    private List<Long> perDay(String query, Storm storm, List<LocalDate> days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(query).setParameter("storm", storm.getId())
                .getResultList();
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (Object[] row : rows) {
            Instant hour = LocalDateTime.parse(row[0] + ":00").toInstant(ZoneOffset.UTC);
            byDay.merge(DateFormats.danishDate(hour), ((Number) row[1]).longValue(), Long::sum);
        }
        return days.stream().map(day -> byDay.getOrDefault(day, 0L)).toList();
    }
}
