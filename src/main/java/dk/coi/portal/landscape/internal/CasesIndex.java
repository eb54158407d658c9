package dk.coi.portal.landscape.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** The {@code cases} index as Lucene sees it, for what the catalogue keeps between searches. */
@Component
class CasesIndex {

    private final EntityManagerFactory entityManagerFactory;

    CasesIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Which state of the index a search sees now: the keys of its segments' readers, each of which changes when a
     * document of the segment is deleted (also a document replaced: indexed again, as every change of a case or of
     * its organisation does), and a new segment for every document added. Equal versions, equal index.
     */
    Object version() {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(LandscapeCase.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.leaves().stream().map(leaf -> Objects.requireNonNull(
                    leaf.reader().getReaderCacheHelper(), "a segment reader has a cache key").getKey()).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
