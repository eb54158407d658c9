package dk.coi.portal.landscape.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/** The {@code cases} index as Lucene sees it, for what the catalogue keeps between searches. */
@Component
class CasesIndex {

    private final EntityManagerFactory entityManagerFactory;
    private volatile Boolean local;

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
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        if (!local(mapping)) {
            return Optional.empty();
        }
        try (IndexReader reader = mapping.scope(LandscapeCase.class).extension(LuceneExtension.get())
                .openIndexReader()) {
            return Optional.of(reader.leaves().stream().map(leaf -> Objects.requireNonNull(
                    leaf.reader().getReaderCacheHelper(), "a segment reader has a cache key").getKey()).toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
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
