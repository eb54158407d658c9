package dk.coi.portal.search.internal;

import dk.coi.portal.search.SearchAnalyzers;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tr.ApostropheFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The Danish analyzer for the Lucene backend: "innovationer" and "innovationen" both find "innovation", and
 * "KLK" finds "KLK's" (the genitive of a name or an abbreviation takes an apostrophe, straight or curly, which
 * the stemmer does not know). The old and foreign spellings of å, æ and ø (aa, ae, oe, ä, ö) are read as the letters
 * (Lucene's Scandinavian normalisation), so "Aarhus" finds "Århus" and the reverse. Wired through
 * {@code hibernate.search.backend.analysis.configurer}; an OpenSearch deployment defines an analyzer of the same
 * name with the same filters. A changed analyzer reads texts indexed before it differently: the start-up check sees it
 * in the index's fingerprint ({@link IndexFingerprints}) and rebuilds the index.
 */
public class DanishAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.DANISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ApostropheFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ScandinavianNormalizationFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                    .param("words", "org/apache/lucene/analysis/snowball/danish_stop.txt")
                    .param("format", "snowball")
                    .param("ignoreCase", "true")
                .tokenFilter(SnowballPorterFilterFactory.class)
                    .param("language", "Danish");
    }
}
