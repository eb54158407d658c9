package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.AddressWords;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A storm's results as its results page and exports show them: its visible ideas grouped by theme (the storm's
 * themes in their order, then ideas without one), each group ranked by votes where the storm shows counts, and its
 * participation per day. {@code publishedAt} is null while only staff may see them (a preview); {@code mayPublish}:
 * the visitor may publish them now, by the rule {@link StormResultsService#publish} holds.
 */
public record StormResults(StormId storm, String title, String question, Instant publishedAt, boolean countsShown,
                           List<Criterion> criteria, List<ThemeResults> themes, Participation participation,
                           boolean mayPublish) {

    public StormResults {
        criteria = List.copyOf(criteria);
        themes = List.copyOf(themes);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The storm page's address. */
    public String stormPath() {
        return StormRoutes.storm(storm, title);
    }

    /** The results page's address. */
    public String path() {
        return StormRoutes.results(storm, title);
    }

    public String csvPath() {
        return path() + StormRoutes.CSV;
    }

    public String jsonPath() {
        return path() + StormRoutes.JSON;
    }

    /** The file name an export is saved under: the storm's address words and what it holds. */
    public String fileName(String extension) {
        return AddressWords.of(title).isEmpty() ? "resultater" + extension
                : AddressWords.of(title) + "-resultater" + extension;
    }

    public int ideaCount() {
        return themes.stream().mapToInt(theme -> theme.ideas().size()).sum();
    }

    /**
     * One theme's ideas, ranked; {@code theme} and {@code name} are null for the ideas without a theme.
     */
    public record ThemeResults(ThemeId theme, String name, List<ResultIdea> ideas) {

        public ThemeResults {
            ideas = List.copyOf(ideas);
        }
    }

    /**
     * An idea in the results: {@code rank} and {@code votes} are null where the storm hides counts (ideas are then
     * in the order they came); ideas with as many votes share a rank ("1, 2, 2, 4"). {@code score} is its rubric
     * score (1–5, null while unscored) and {@code scoreRank} its place by that score in its theme (ties share it);
     * {@code criterionScores} the staff's mean score on each of {@link #criteria} in their order (null where nobody
     * scored it) and {@code comments} its count of visible comments.
     * {@code answer} is the public answer (null while none), {@code answerText} the same without markup, for the
     * exports. The author's name is null once they have erased themselves.
     */
    public record ResultIdea(IdeaId id, String title, String themeName, String authorName, IdeaStatus status,
                             Instant createdAt, Integer rank, Long votes, Double score, Integer scoreRank,
                             List<Double> criterionScores, long comments, SafeHtml answer, String answerText,
                             Instant answeredAt, String path) {

        public ResultIdea {
            // Unscored criteria are null, which List.copyOf refuses.
            criterionScores = Collections.unmodifiableList(new ArrayList<>(criterionScores));
        }

        /**
         * Its status as the results tell it: an idea nobody has evaluated is "Ikke besvaret" there, not "Offentliggjort"
         * (which, beside published results, reads as if its answer were published).
         */
        public String statusLabelKey() {
            return status == IdeaStatus.PUBLISHED ? "ideastorm.results.status.unanswered" : status.labelKey();
        }

        /** Its places, "Nr. 2 efter stemmer · nr. 5 efter vurdering", as far as it has them; null when it has none. */
        public Phrase places() {
            if (rank != null && scoreRank != null) {
                return Phrase.of("ideastorm.results.places.both", rank, scoreRank);
            }
            if (rank != null) {
                return Phrase.of("ideastorm.results.places.votes", rank);
            }
            return scoreRank == null ? null : Phrase.of("ideastorm.results.places.score", scoreRank);
        }
    }
}
