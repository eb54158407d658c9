package dk.coi.portal.search;

import dk.coi.portal.shared.HighlightedText;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One full-text search over every kind of content the modules register as {@link SearchableContent}.
 * Uses only the backend-neutral Search DSL, so the Lucene backend can be swapped for OpenSearch.
 */
@Service
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;
    /** How many results the search screens show at a time. */
    public static final int PAGE_SIZE = 20;
    private static final String WHOLE_FIELD = "whole";
    /** Characters the simple query syntax gives a meaning; a suggestion query takes typed words literally. */
    private static final Pattern QUERY_SYNTAX = Pattern.compile("[+|\\-\"*()~\\\\]");

    private final EntityManager entityManager;
    private final Map<Class<?>, SearchableContent<?>> contents;

    SearchService(EntityManager entityManager, List<SearchableContent<?>> contents) {
        this.entityManager = entityManager;
        this.contents = contents.stream()
                .collect(Collectors.toUnmodifiableMap(SearchableContent::entityType, Function.identity()));
    }

    /** Finds content matching {@code query} (simple query syntax: words, "phrases", -exclusions). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SearchResults search(String query, int offset, int limit) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || contents.isEmpty()) {
            return SearchResults.none();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        String matching = text;
        SearchResult<List<?>> result = Search.session(entityManager)
                .search(List.copyOf(contents.keySet()))
                .select(f -> f.composite()
                        .from(f.entity(), f.highlight("title").highlighter(WHOLE_FIELD), f.highlight("body"))
                        .asList())
                .where(f -> f.simpleQueryString()
                        .field("title").boost(3f)
                        .field("body")
                        .matching(matching)
                        .defaultOperator(BooleanOperator.AND))
                // No encoder: the stored texts are plain text, and HighlightedText escapes all of a fragment,
                // including the "no match" fragment that a highlighter's own encoder would leave unescaped.
                .highlighter(f -> f.plain().tag(HighlightedText.START, HighlightedText.END)
                        .fragmentSize(180).numberOfFragments(1).noMatchSize(180))
                .highlighter(WHOLE_FIELD, f -> f.plain().tag(HighlightedText.START, HighlightedText.END)
                        .fragmentSize(300).numberOfFragments(1).noMatchSize(300))
                .fetch(Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
        List<SearchHit> hits = result.hits().stream().map(this::toHit).toList();
        return new SearchResults(hits, result.total().hitCount());
    }

    /**
     * Titles matching what has been typed so far, best first: every finished word must match the title (with
     * the Danish analysis, so "innovationer" finds "Innovation"), the word being typed may be the start of one.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SearchSuggestion> suggest(String typed, int limit) {
        List<String> words = typed == null ? List.of() : Arrays.stream(typed.strip().split("\\s+"))
                .map(word -> QUERY_SYNTAX.matcher(word).replaceAll("")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty() || contents.isEmpty() || typed.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        String last = words.getLast();
        String query = String.join(" ", words.subList(0, words.size() - 1)) + " (" + last + "* | " + last + ")";
        return Search.session(entityManager)
                .search(List.copyOf(contents.keySet()))
                .where(f -> f.simpleQueryString().field("title").matching(query)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PREFIX,
                                SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE))
                .fetchHits(Math.max(1, Math.min(limit, 20))).stream()
                .map(this::toSuggestion)
                .toList();
    }

    private SearchSuggestion toSuggestion(Object entity) {
        SearchableContent<Object> content = contentOf(entity);
        return new SearchSuggestion(content.titleOf(entity), content.pathOf(entity), content.typeLabelKey());
    }

    @SuppressWarnings("unchecked")
    private SearchableContent<Object> contentOf(Object entity) {
        return (SearchableContent<Object>) contents.get(org.hibernate.Hibernate.getClass(entity));
    }

    @SuppressWarnings("unchecked")
    private SearchHit toHit(List<?> row) {
        Object entity = row.get(0);
        SearchableContent<Object> content = contentOf(entity);
        List<String> titles = (List<String>) row.get(1);
        List<String> snippets = (List<String>) row.get(2);
        String title = titles.isEmpty() ? HighlightedText.unmarked(content.titleOf(entity)) : titles.getFirst();
        String snippet = snippets.isEmpty() ? "" : snippets.getFirst();
        return new SearchHit(content.typeLabelKey(), content.pathOf(entity), HighlightedText.toHtml(title),
                HighlightedText.toHtml(snippet), content.contextOf(entity));
    }
}
