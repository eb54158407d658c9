package dk.coi.portal.landscape.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * The {@code cases} index as Lucene sees it, for what the catalogue keeps between searches and counts on the index
 * itself.
 */
@Component
class CasesIndex {

    /** The text fields the words are looked for in, and how much more a word in the title weighs. */
    static final String TITLE = "title";
    static final String BODY = "body";
    static final float TITLE_WEIGHT = 3f;

    private final EntityManagerFactory entityManagerFactory;
    private volatile Boolean local;
    private volatile Analyzer searchAnalyzer;

    CasesIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Which state of the index a search sees now: the keys of its segments' readers, each of which changes when a
     * document of the segment is deleted (also a document replaced: indexed again, as every change of a case or of
     * its organisation does), and a new segment for every document added. Equal versions, equal index. Empty on an
     * OpenSearch cluster (README), which other nodes change too and which has no such key: nothing can be kept.
     */
    Optional<Object> version() {
        return read((version, reader) -> version);
    }

    /**
     * What {@code reading} makes of the index as a search sees it now, given its {@link #version()}; empty on an
     * OpenSearch cluster.
     */
    <T> Optional<T> read(BiFunction<Object, IndexReader, T> reading) {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        if (!local(mapping)) {
            return Optional.empty();
        }
        try (IndexReader reader = mapping.scope(LandscapeCase.class).extension(LuceneExtension.get())
                .openIndexReader()) {
            Object version = reader.leaves().stream().map(leaf -> Objects.requireNonNull(
                    leaf.reader().getReaderCacheHelper(), "a segment reader has a cache key").getKey()).toList();
            return Optional.of(reading.apply(version, reader));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Whether the index is this application's own Lucene index: not an OpenSearch cluster (README). */
    boolean local() {
        return local(Search.mapping(entityManagerFactory));
    }

    /**
     * The cases the words find in title and body (Lucene's {@link SimpleQueryParser}, each word required, with the
     * index's search analyzer of each field, as Hibernate Search's {@code simpleQueryString} parses them): the one
     * query of the words for both the counts and the page on the local index; all cases for no words.
     */
    Query words(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        if (searchAnalyzer == null) {
            searchAnalyzer = Search.mapping(entityManagerFactory).indexedEntity(LandscapeCase.class).indexManager()
                    .unwrap(LuceneIndexManager.class).searchAnalyzer();
        }
        SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, Map.of(TITLE, TITLE_WEIGHT, BODY, 1f));
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }

    private boolean local(SearchMapping mapping) {
        if (local == null) {
            try {
                mapping.backend().unwrap(LuceneBackend.class);
                local = true;
            } catch (SearchException another) {
                local = false;
            }
        }
        return local;
    }
}
