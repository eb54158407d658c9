package dk.coi.portal.bench;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A deterministic mix of catalogue searches as readers make them: mostly words (some inflected, so only stemming
 * finds all), one or two facets with one or two values, sometimes another order or a later page, and some without
 * words (browsing by facets). The same search goes to the index, to SQL and over HTTP.
 */
final class LandscapeSearches {

    private static final String[] WORDS = {"ledige", "innovationer", "sundhed", "ældre velfærdsteknologi",
            "sms påmindelserne", "borgerne", "kontrolgruppe", "trivsel", "genoptræning", "sagsbehandlerne",
            "skolerne", "fremmødet", "data", "forældrene", "digital rådgivning", "ventetiderne", "breve",
            "randomiseret", "hjemmepleje", "løsninger"};

    private LandscapeSearches() {
    }

    /** One search: words (empty: none), facet values as the address writes them, order (null: default), page. */
    record Search(String text, Map<CaseFacet, List<String>> facets, CaseSort sort, int page) {

        /** Its address's parameters, as {@code CaseCatalogue.parse} and the pages read them. */
        Map<String, List<String>> parameters() {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            if (!text.isBlank()) {
                parameters.put(CaseSearch.TEXT, List.of(text));
            }
            facets.forEach((facet, values) -> parameters.put(facet.parameter(), values));
            if (sort != null) {
                parameters.put(CaseSearch.SORT, List.of(sort.parameter()));
            }
            if (page > 0) {
                parameters.put(CaseSearch.PAGE, List.of(Integer.toString(page)));
            }
            return parameters;
        }

        String query() {
            return parameters().entrySet().stream().flatMap(parameter -> parameter.getValue().stream()
                    .map(value -> parameter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                    .collect(Collectors.joining("&"));
        }
    }

    /** The measured mix. */
    static final long MEASURED = 2026;
    /** Another mix for warming the JVM up before the measured one (its searches that the measured has left out). */
    static final long WARM_UP = 7;

    static List<Search> mix(int count, long seed, List<Integer> municipalityCodes, List<Integer> regionCodes) {
        Random random = new Random(seed);
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = random.nextInt(10) < 7 ? WORDS[random.nextInt(WORDS.length)] : "";
            Map<CaseFacet, List<String>> facets = new EnumMap<>(CaseFacet.class);
            int facetCount = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(2);
            while (facets.size() < facetCount) {
                CaseFacet facet = CaseFacet.values()[random.nextInt(CaseFacet.values().length)];
                List<String> values = new ArrayList<>();
                int valueCount = random.nextInt(4) == 0 ? 2 : 1;
                while (values.size() < valueCount) {
                    String value = value(random, facet, municipalityCodes, regionCodes);
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                }
                values.sort(null);
                facets.put(facet, values);
            }
            CaseSort sort = random.nextInt(4) == 0 ? CaseSort.values()[random.nextInt(CaseSort.values().length)] : null;
            int page = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : 0;
            searches.add(new Search(text, facets, sort, page));
        }
        return searches;
    }

    private static String value(Random random, CaseFacet facet, List<Integer> municipalityCodes,
                                List<Integer> regionCodes) {
        return switch (facet) {
            case SECTOR -> CaseFacet.value(pickOf(random, CaseSector.values()));
            case LEVEL -> CaseFacet.value(pickOf(random, OrganisationType.values()));
            case REGION -> Integer.toString(regionCodes.get(random.nextInt(regionCodes.size())));
            case MUNICIPALITY -> Integer.toString(municipalityCodes.get(random.nextInt(municipalityCodes.size())));
            case STAGE -> CaseFacet.value(pickOf(random, CaseStage.values()));
            case TYPE -> CaseFacet.value(pickOf(random, InnovationType.values()));
            case EVIDENCE -> CaseFacet.value(pickOf(random, EvidenceLevel.values()));
            case NOVELTY -> CaseFacet.value(pickOf(random, Novelty.values()));
            case YEAR -> Integer.toString(2005 + random.nextInt(21));
            case TAG -> LandscapeData.TAGS.get(LandscapeData.skewed(random, LandscapeData.TAGS.size(), 1.5));
        };
    }

    private static <T> T pickOf(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
