package dk.coi.portal.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.analysis.AnalysisToken;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.engine.backend.index.IndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of what an index's documents are built with, from Hibernate Search's metamodel (the Lucene backend
 * exports no schema to hash): every field's path, value type, abilities (searchable, sortable, projectable,
 * aggregable, multi-valued) and analyser, and what each analyser and normaliser the fields use makes of a probe text
 * that exercises the portal's Danish analysis (stemming, stop words, å/æ/ø spellings, apostrophes), as the backend
 * analyses it (so the same for Lucene and OpenSearch). A field added
 * (a facet), dropped or given other abilities, or an analysis that reads words differently, changes it; a bridge that
 * writes other values into the same fields does not (rebuild by hand then, see decision 021).
 */
@Component
public class IndexFingerprints {

    /** Words whose analysis changes when the Danish analysis does. */
    static final String PROBE = "Innovationerne og innovationer i Aarhus, Århus, Aeroe og Ærø; Köbenhavn, KLK's og "
            + "KLK’s borgere: HTTP://www.coi.dk 2026 løbende-forløb ÆBLER";

    private final EntityManagerFactory entityManagerFactory;

    IndexFingerprints(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The name of the index the entity type is indexed in. */
    public String indexName(Class<?> type) {
        return indexManager(type).descriptor().hibernateSearchName();
    }

    /** The fingerprint (SHA-256, hexadecimal) of the entity type's index as this version of the portal maps it. */
    public String of(Class<?> type) {
        IndexManager manager = indexManager(type);
        IndexDescriptor index = manager.descriptor();
        StringJoiner description = new StringJoiner("\n");
        TreeSet<String> analysers = new TreeSet<>();
        TreeSet<String> normalisers = new TreeSet<>();
        List<IndexFieldDescriptor> fields = new ArrayList<>(index.staticFields());
        fields.sort(Comparator.comparing(IndexFieldDescriptor::absolutePath));
        for (IndexFieldDescriptor field : fields) {
            if (field.isObjectField()) {
                description.add(field.absolutePath() + " object multi=" + field.multiValued());
                continue;
            }
            IndexValueFieldTypeDescriptor value = field.toValueField().type();
            description.add(field.absolutePath() + " " + value.valueClass().getName() + " multi=" + field.multiValued()
                    + " search=" + value.searchable() + " sort=" + value.sortable() + " project="
                    + value.projectable() + " aggregate=" + value.aggregable() + " analyser="
                    + value.analyzerName().orElse("-") + " search-analyser=" + value.searchAnalyzerName().orElse("-")
                    + " normaliser=" + value.normalizerName().orElse("-") + " traits=" + new TreeSet<>(value.traits()));
            value.analyzerName().ifPresent(analysers::add);
            value.searchAnalyzerName().ifPresent(analysers::add);
            value.normalizerName().ifPresent(normalisers::add);
        }
        // The backend analyses the probe (Lucene here, OpenSearch on its server), so both count by behaviour.
        analysers.forEach(name -> description.add("analyser " + name + ": " + String.join(" ",
                manager.analyze(name, PROBE).stream().map(AnalysisToken::term).toList())));
        normalisers.forEach(name -> description.add("normaliser " + name + ": "
                + manager.normalize(name, PROBE).term()));
        return sha256(description.toString());
    }

    private IndexManager indexManager(Class<?> type) {
        return Search.mapping(entityManagerFactory).indexedEntity(type).indexManager();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
