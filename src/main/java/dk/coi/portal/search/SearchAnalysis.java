package dk.coi.portal.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The terms the index makes of a text with the portal's Danish analysis ({@link SearchAnalyzers#DANISH}): lower-cased,
 * stop words gone, stemmed. A module uses it to compare words as the search does, e.g. to leave a storm's own
 * question out of the words that make ideas "similar". With a backend that is not Lucene (OpenSearch analyses on its
 * server) it falls back to the lower-cased words.
 */
@Component
public class SearchAnalysis {

    private final EntityManagerFactory entityManagerFactory;
    /** Looked up on first use, once the search mapping has started. */
    private volatile Optional<Analyzer> danish;

    SearchAnalysis(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    private Optional<Analyzer> danish() {
        if (danish == null) {
            Optional<Analyzer> analyzer;
            try {
                analyzer = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
                        .analyzer(SearchAnalyzers.DANISH).map(Analyzer.class::cast);
            } catch (RuntimeException notLucene) {
                analyzer = Optional.empty();
            }
            danish = analyzer;
        }
        return danish;
    }

    /** The text's terms as the Danish analysis makes them, in order, each once; none for stop words. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        Optional<Analyzer> analyzer = danish();
        if (analyzer.isEmpty()) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    terms.add(word);
                }
            }
            return terms;
        }
        try (TokenStream stream = analyzer.get().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return terms;
    }
}
