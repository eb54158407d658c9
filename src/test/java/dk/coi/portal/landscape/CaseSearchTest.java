package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.organisation.OrganisationType;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.web.OpenDataAddresses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A catalogue search in its address: parsed from the parameters and written back in one order without empty values
 * (so a bookmark reopens the same search), with everything it could not read reported as a translated phrase.
 */
class CaseSearchTest {

    private static Map<String, List<String>> parameters(String... nameThenValue) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            parameters.computeIfAbsent(nameThenValue[i], ignored -> new java.util.ArrayList<>())
                    .add(nameThenValue[i + 1]);
        }
        return parameters;
    }

    /** The register's codes as far as these tests need them: two municipalities, the five regions. */
    private static CaseSearch.Parsed parse(Map<String, List<String>> parameters) {
        return CaseSearch.parse(parameters, Map.of(CaseFacet.MUNICIPALITY, Set.of("101", "751"),
                CaseFacet.REGION, Set.of("1081", "1082", "1083", "1084", "1085")));
    }

    @Test
    void aSearchGoesToItsAddressAndBackInOneOrder() {
        CaseSearch search = new CaseSearch(CaseFilter.text("unge ledige & sms")
                .with(CaseFacet.TAG, List.of("sms", "C++ og æøå"))
                .with(CaseFacet.SECTOR, List.of(CaseSector.HEALTH, CaseSector.EMPLOYMENT))
                .with(CaseFacet.MUNICIPALITY, List.of(751, 101))
                .with(CaseFacet.LEVEL, List.of(OrganisationType.MUNICIPALITY))
                .with(CaseFacet.YEAR, List.of(2021, 2019)), CaseSort.NEWEST, 2);

        assertThat(search.address()).isEqualTo("landskab?q=unge%20ledige%20%26%20sms&sektor=employment"
                + "&sektor=health&niveau=municipality&kommune=101&kommune=751&aar=2019&aar=2021"
                + "&emne=C%2B%2B%20og%20%C3%A6%C3%B8%C3%A5&emne=sms&sorter=nyeste&side=3");
        assertThat(search.canonical()).doesNotContain("side=");
        CaseSearch.Parsed back = parse(search.parameters());
        assertThat(back.problems()).isEmpty();
        assertThat(back.search()).isEqualTo(search);
        assertThat(back.search().filter().sectors()).containsOnly(CaseSector.HEALTH, CaseSector.EMPLOYMENT);
        assertThat(back.search().filter().municipalityCodes()).containsExactly(101, 751);
        assertThat(back.search().filter().tags()).containsExactly("C++ og æøå", "sms");
    }

    /** A download holds every case of the search, so its address is the search's without the page. */
    @Test
    void aSearchDownloadsWithItsParametersButNotItsPage() {
        CaseSearch search = new CaseSearch(CaseFilter.text("unge ledige").with(CaseFacet.SECTOR,
                List.of(CaseSector.EMPLOYMENT)).with(CaseFacet.MUNICIPALITY, List.of(101)), CaseSort.NEWEST, 4);

        assertThat(search.download(OpenDataAddresses.Download.CSV)).isEqualTo("/api/v1/cases.csv?q=unge%20ledige"
                + "&sektor=employment&kommune=101&sorter=nyeste");
        assertThat(search.download(OpenDataAddresses.Download.JSON)).isEqualTo("/api/v1/cases.json?q=unge%20ledige"
                + "&sektor=employment&kommune=101&sorter=nyeste");
        assertThat(CaseSearch.ALL.onPage(3).download(OpenDataAddresses.Download.CSV)).isEqualTo("/api/v1/cases.csv");
    }

    @Test
    void emptyValuesAndDefaultsAreLeftOut() {
        CaseSearch.Parsed parsed = parse(parameters("q", " ", "sektor", "", "side", "1"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.search()).isEqualTo(CaseSearch.ALL);
        assertThat(parsed.search().address()).isEqualTo("landskab");
        assertThat(CaseSearch.ALL.effectiveSort()).isEqualTo(CaseSort.NEWEST);
        assertThat(CaseSearch.of(CaseFilter.text("sms")).effectiveSort()).isEqualTo(CaseSort.RELEVANCE);
    }

    @Test
    void unknownParametersAndBadValuesAreReportedAndTheRestIsSearchedFor() {
        CaseSearch.Parsed parsed = parse(parameters("q", "sms", "farve", "blå", "sektor", "rumfart",
                "sektor", "health", "kommune", "12345", "region", "1090", "aar", "19x9", "sorter", "ældste",
                "side", "-1", "q", "igen"));

        assertThat(parsed.problems()).containsExactly(
                Phrase.of("landscape.catalogue.repeated", "q"),
                Phrase.of("landscape.catalogue.unknown-parameter", "farve"),
                Phrase.of("landscape.catalogue.bad-value", "sektor", "rumfart"),
                Phrase.of("landscape.catalogue.bad-value", "kommune", "12345"),
                Phrase.of("landscape.catalogue.bad-value", "region", "1090"),
                Phrase.of("landscape.catalogue.bad-value", "aar", "19x9"),
                Phrase.of("landscape.catalogue.bad-value", "sorter", "ældste"),
                Phrase.of("landscape.catalogue.bad-value", "side", "-1"));
        assertThat(parsed.search()).isEqualTo(new CaseSearch(CaseFilter.text("sms")
                .with(CaseFacet.SECTOR, List.of(CaseSector.HEALTH)), null, 0));
    }

    @Test
    void aWellFormedCodeTheRegisterDoesNotKnowIsReportedLikeAnyBadValue() {
        CaseSearch.Parsed parsed = parse(parameters("kommune", "999", "kommune", "101", "region", "1086",
                "region", "1084"));

        assertThat(parsed.problems()).containsExactly(
                Phrase.of("landscape.catalogue.bad-value", "kommune", "999"),
                Phrase.of("landscape.catalogue.bad-value", "region", "1086"));
        assertThat(parsed.search().filter().municipalityCodes()).containsExactly(101);
        assertThat(parsed.search().address()).isEqualTo("landskab?region=1084&kommune=101");
    }

    @Test
    void tooManyValuesAndTooLongTextAreReportedAndAnOverlongValueIsQuotedShort() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("emne", java.util.stream.IntStream.range(0, CaseSearch.MAX_VALUES + 1)
                .mapToObj(i -> "emne" + i).toList());
        parameters.put("q", List.of("x".repeat(CaseFilter.MAX_TEXT_LENGTH + 1)));
        parameters.put("y".repeat(100), List.of("1"));
        CaseSearch.Parsed parsed = parse(parameters);

        assertThat(parsed.problems()).containsExactly(
                Phrase.of("landscape.catalogue.too-many-values", "emne", CaseSearch.MAX_VALUES),
                Phrase.of("landscape.catalogue.text-too-long", CaseFilter.MAX_TEXT_LENGTH),
                Phrase.of("landscape.catalogue.unknown-parameter", "y".repeat(40) + "…"));
        assertThat(parsed.search().filter().tags()).isEmpty();
        assertThat(parsed.search().filter().text()).hasSize(CaseFilter.MAX_TEXT_LENGTH);
    }

    @Test
    void togglingAValueAddsOrRemovesItAndStartsFromTheFirstPage() {
        CaseSearch search = new CaseSearch(CaseFilter.NONE.with(CaseFacet.STAGE, List.of(CaseStage.PILOT)),
                CaseSort.RELEVANCE, 4);
        CaseSearch more = search.with(search.filter().toggled(CaseFacet.STAGE, "spread"));
        assertThat(more.address()).isEqualTo("landskab?fase=pilot&fase=spread&sorter=relevans");
        assertThat(more.with(more.filter().toggled(CaseFacet.STAGE, "pilot")
                .toggled(CaseFacet.STAGE, "spread")).address()).isEqualTo("landskab?sorter=relevans");
    }
}
