package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.IdeaCard;
import dk.coi.portal.ideastorm.IdeaEvaluation;
import dk.coi.portal.ideastorm.IdeaFollowUps;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMerge;
import dk.coi.portal.ideastorm.IdeaPage;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.SimilarIdea;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeId;
import dk.coi.portal.ideastorm.VoteState;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.search.SearchAnalysis;
import dk.coi.portal.shared.PlainText;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The ideas' read models, worked out inside the service's transaction: pages of idea cards with their authors and
 * themes in one query each, an idea's screen, the similar ideas found by search, and the seeds of random order.
 */
@Component
public class IdeaScreens {

    public static final int MOST_SIMILAR = 5;
    private static final int OPENING_LENGTH = 200;
    private static final int SHORTEST_SIMILAR_QUERY = 3;
    /** Characters the simple query syntax gives a meaning; what is typed is taken as plain words. */
    private static final Pattern QUERY_SYNTAX = Pattern.compile("[+|\\-\"*()~\\\\]");
    /** Words of Danish questions that the analysis keeps (it drops "hvad", "hvor", "kunne"). */
    private static final String QUESTION_WORDS = "hvordan hvorfor hvornår hvilke hvilken hvilket hvem kan få flere mere";

    private final IdeaListing listing;
    private final StormThemeRepository themes;
    private final PersonService people;
    private final MarkdownService markdown;
    private final EntityManager entityManager;
    private final VoteStore votes;
    private final IdeaCommentRepository comments;
    private final IdeaRepository ideas;
    private final SearchAnalysis analysis;
    private final List<IdeaFollowUps> followUps;

    IdeaScreens(IdeaRepository ideas, IdeaListing listing, StormThemeRepository themes, PersonService people,
                MarkdownService markdown, EntityManager entityManager, VoteStore votes, IdeaCommentRepository comments,
                SearchAnalysis analysis, List<IdeaFollowUps> followUps) {
        this.followUps = List.copyOf(followUps);
        this.analysis = analysis;
        this.votes = votes;
        this.comments = comments;
        this.ideas = ideas;
        this.listing = listing;
        this.themes = themes;
        this.people = people;
        this.markdown = markdown;
        this.entityManager = entityManager;
    }

    /** A signed-in visitor's random order: theirs in this storm, the same on every visit. */
    public static String personalSeed(long personId, StormId storm) {
        return "p" + personId + "-s" + storm.value();
    }

    /**
     * Anonymous readers' random order: the same for all of them (the server-rendered page stays cacheable and
     * needs no session), changing once a day at Danish midnight.
     */
    public static String dailySeed(Instant now, StormId storm) {
        return "d" + LocalDate.ofInstant(now, DateFormats.DANISH_TIME) + "-s" + storm.value();
    }

    public List<Theme> themes(StormId storm) {
        return themes.findByStormIdOrderByPositionAscIdAsc(storm.value()).stream().map(StormTheme::toTheme).toList();
    }

    /** What is wrong with the theme an idea names in the storm (a translation key), or null when it fits. */
    public String themeProblem(StormId storm, ThemeId theme) {
        List<StormTheme> ofStorm = themes.findByStormIdOrderByPositionAscIdAsc(storm.value());
        if (theme == null) {
            return ofStorm.isEmpty() ? null : "ideastorm.idea.theme.required";
        }
        return ofStorm.stream().anyMatch(t -> t.getId() == theme.value()) ? null : "ideastorm.idea.theme.unknown";
    }

    /**
     * A page of cards, theme by theme when {@code byTheme}, vote counts only when {@code countsShown}, the visitor's
     * votes ({@code person} null: none) and each idea's visible comments.
     */
    public IdeaPage page(Storm storm, IdeaQuery query, String seed, boolean withHidden, boolean countsShown,
                         Long person, boolean byTheme) {
        List<Idea> found = listing.page(storm.getId(), query, seed, withHidden, byTheme);
        List<Long> ids = found.stream().map(Idea::getId).toList();
        Map<Long, Long> counts = countsShown ? votes.counts(ids) : Map.of();
        Set<Long> mine = person == null ? Set.of() : votes.votedBy(person, ids);
        Map<Long, Long> commentCounts = comments.countVisible(ids).stream().collect(Collectors.toMap(
                IdeaCommentRepository.IdeaCount::getIdeaId, IdeaCommentRepository.IdeaCount::getComments));
        Map<PersonId, Author> authors = authors(found);
        Map<Long, String> themeNames = themes.findByStormIdOrderByPositionAscIdAsc(storm.getId()).stream()
                .collect(Collectors.toMap(StormTheme::getId, StormTheme::getName));
        List<IdeaCard> cards = found.stream().map(idea -> new IdeaCard(idea.ideaId(), idea.getTitle(),
                authorName(authors, idea), idea.getThemeId() == null ? null : themeNames.get(idea.getThemeId()),
                opening(idea.getDescription()), idea.getStatus(), idea.getCreatedAt(), idea.isHidden(),
                path(storm, idea), countsShown ? counts.getOrDefault(idea.getId(), 0L) : null,
                mine.contains(idea.getId()), commentCounts.getOrDefault(idea.getId(), 0L))).toList();
        return new IdeaPage(query, cards, listing.count(storm.getId(), query, withHidden), byTheme);
    }

    public IdeaScreen screen(Storm storm, Idea idea, boolean mayEdit, boolean staff, boolean mayReport,
                             boolean reported, VoteState voteState, Long person, IdeaEvaluation evaluation) {
        Long count = voteState.countsShown()
                ? votes.counts(List.of(idea.getId())).getOrDefault(idea.getId(), 0L) : null;
        boolean votedByMe = person != null && !votes.votedBy(person, List.of(idea.getId())).isEmpty();
        List<Theme> stormThemes = themes(storm.stormId());
        String themeName = stormThemes.stream().filter(theme -> idea.getThemeId() != null
                && theme.id().value() == idea.getThemeId()).map(Theme::name).findFirst().orElse(null);
        return new IdeaScreen(storm.stormId(), storm.getTitle(), StormRoutes.storm(storm.stormId(), storm.getTitle()),
                idea.ideaId(), idea.getTitle(), idea.getDescription(), markdown.render(idea.getDescription()),
                idea.getThemeId() == null ? null : ThemeId.of(idea.getThemeId()), themeName,
                authorName(authors(List.of(idea)), idea), idea.getCreatedAt(), idea.getStatus(), idea.getVersion(),
                idea.isHidden(), idea.getHiddenReason(), mayEdit, staff && !stormThemes.isEmpty(), mayReport, reported,
                stormThemes,
                path(storm, idea), count, votedByMe, voteState, idea.isAwaitingApproval(), merge(storm, idea, staff),
                evaluation, followUps.stream().flatMap(module -> module.of(idea.ideaId()).stream()).toList(),
                staff && !idea.isAwaitingApproval() && !idea.isMerged());
    }

    /**
     * The idea it was merged into, those merged into it and everyone credited; staff may merge a shown idea nobody
     * was merged into (one level only) and undo a merge.
     */
    private IdeaMerge merge(Storm storm, Idea idea, boolean staff) {
        Idea into = idea.isMerged() ? ideas.findById(idea.getMergedInto()).orElse(null) : null;
        List<Idea> from = ideas.findByMergedIntoOrderByIdAsc(idea.getId());
        List<Idea> credited = new ArrayList<>(List.of(idea));
        credited.addAll(from);
        Map<PersonId, Author> authors = authors(credited);
        List<String> names = credited.stream().map(one -> authorName(authors, one)).distinct().toList();
        return new IdeaMerge(into == null ? null : link(storm, into),
                from.stream().map(one -> link(storm, one)).toList(), names,
                staff && !idea.isMerged() && !idea.isHidden() && from.isEmpty(), staff && idea.isMerged());
    }

    private static SimilarIdea link(Storm storm, Idea idea) {
        return new SimilarIdea(idea.ideaId(), idea.getTitle(), path(storm, idea));
    }

    /**
     * The visible ideas of the storm most like what is typed, by title and description. Words every idea shares
     * because the storm asks about them do not count: the storm's own question and the words questions are made of
     * ({@link #QUESTION_WORDS}), compared as the search's Danish analysis makes them (stems, stop words gone), so
     * "hvordan", "flere" and "unge" from "Hvordan får flere unge …?" make no idea similar.
     */
    public List<SimilarIdea> similar(Storm storm, String typed, IdeaId except) {
        Set<String> asked = analysis.terms(storm.getQuestion() + " " + QUESTION_WORDS);
        String words = typed == null ? "" : Arrays.stream(QUERY_SYNTAX.matcher(typed).replaceAll(" ").strip()
                .split("\\s+")).filter(word -> !word.isEmpty())
                .filter(word -> !asked.containsAll(analysis.terms(word)))
                .collect(Collectors.joining(" "));
        if (words.length() < SHORTEST_SIMILAR_QUERY) {
            return List.of();
        }
        long skipped = except == null ? -1 : except.value();
        return Search.session(entityManager).search(Idea.class)
                .where(f -> f.bool()
                        .must(f.simpleQueryString().field("title").boost(2f).field("body").matching(words)
                                .defaultOperator(BooleanOperator.OR))
                        .filter(f.match().field("stormId").matching(storm.getId())))
                .fetchHits(MOST_SIMILAR + 1).stream()
                .filter(idea -> idea.getId() != skipped && !idea.isHidden())
                .limit(MOST_SIMILAR)
                .map(idea -> new SimilarIdea(idea.ideaId(), idea.getTitle(), path(storm, idea)))
                .toList();
    }

    private Map<PersonId, Author> authors(Collection<Idea> ideas) {
        return people.authors(ideas.stream().map(idea -> PersonId.of(idea.getAuthorId())).distinct().toList());
    }

    /** The author's name; null once they have erased themselves (shown as "Slettet bruger"). */
    private static String authorName(Map<PersonId, Author> authors, Idea idea) {
        return Optional.ofNullable(authors.get(PersonId.of(idea.getAuthorId()))).map(Author::displayName).orElse(null);
    }

    private static String path(Storm storm, Idea idea) {
        return StormRoutes.idea(storm.stormId(), storm.getTitle(), idea.ideaId(), idea.getTitle());
    }

    /** The start of the text as plain words on one line, cut at a word. */
    static String opening(String markdownText) {
        String plain = PlainText.ofMarkdown(markdownText).replaceAll("\\s+", " ").strip();
        if (plain.length() <= OPENING_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', OPENING_LENGTH - 1);
        return plain.substring(0, cut > 0 ? cut : OPENING_LENGTH - 1) + "…";
    }
}
