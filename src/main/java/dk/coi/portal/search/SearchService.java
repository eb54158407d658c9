package dk.coi.portal.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * One full-text search over every kind of content the modules register as {@link SearchableContent}.
 * Uses only the backend-neutral Search DSL, so the Lucene backend can be swapped for OpenSearch.
 */
@Service
public class SearchService {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final String WHOLE_FIELD = "whole";

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
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(180).numberOfFragments(1).noMatchSize(180))
                .highlighter(WHOLE_FIELD, f -> f.plain().tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML).fragmentSize(300).numberOfFragments(1))
                .fetch(Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
        List<SearchHit> hits = result.hits().stream().map(this::toHit).toList();
        return new SearchResults(hits, result.total().hitCount());
    }

    @SuppressWarnings("unchecked")
    private SearchHit toHit(List<?> row) {
        Object entity = row.get(0);
        SearchableContent<Object> content = (SearchableContent<Object>) contents.get(
                org.hibernate.Hibernate.getClass(entity));
        List<String> titles = (List<String>) row.get(1);
        List<String> snippets = (List<String>) row.get(2);
        String title = titles.isEmpty() ? HtmlUtils.htmlEscape(content.titleOf(entity)) : titles.getFirst();
        String snippet = snippets.isEmpty() ? "" : snippets.getFirst();
        return new SearchHit(content.typeLabelKey(), content.pathOf(entity), title, snippet);
    }
}
