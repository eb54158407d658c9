package dk.coi.portal.landscape.internal;

import dk.coi.portal.search.SearchAnalyzers;
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

    private final EntityManagerFactory entityManagerFactory;
    private volatile Boolean local;
    private volatile Analyzer danish;

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

    /**
     * The cases the words find, as the catalogue's {@code simpleQueryString} over title and body finds them (the same
     * parser, analyzer and operator: Hibernate Search's Lucene backend parses text fields' queries with Lucene's
     * {@link SimpleQueryParser}), for counting on the index itself; all cases for no words.
     */
    Query words(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        if (danish == null) {
            danish = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
                    .analyzer(SearchAnalyzers.DANISH).orElseThrow();
        }
        SimpleQueryParser parser = new SimpleQueryParser(danish, Map.of("title", 1f, "body", 1f));
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
