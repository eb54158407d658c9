package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.router.Location;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.internal.CatalogueSearches;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue on the real database and index: every facet counted and filtered by, values of one facet as
 * alternatives, words with Danish stemming and spelling ("Aarhus" and "Århus"), both orders, a page past the last,
 * the map of the search and the related cases. Each test's cases share a tag of their own, which the searches
 * filter by, so the demo cases do not count.
 */
@PortalTest
class CaseCatalogueTest {

    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    Adoptions adoptions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;

    private String tag;
    private CaseId sms;
    private CaseId rehabilitation;
    private CaseId training;
    private CaseId benefits;

    @BeforeEach
    void fourPublishedCasesAndADraft() {
        tag = "katalog-" + UUID.randomUUID().toString().substring(0, 8);
        OrganisationId copenhagen = municipality(101);
        OrganisationId aarhus = municipality(751);
        OrganisationId star = organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id();
        sms = publish(new Case("Sms-påmindelser til unge ledige", "Unge ledige får påmindelser om samtaler.",
                copenhagen, CaseSector.EMPLOYMENT, 2019, CaseStage.PILOT, InnovationType.TECHNOLOGY, Novelty.ADAPTED,
                EvidenceLevel.RCT, List.of(tag, "sms")));
        rehabilitation = publish(new Case("Digital rehabilitering af ældre", "Ældre træner hjemme med en tablet.",
                aarhus, CaseSector.ELDERLY_CARE, 2021, CaseStage.IMPLEMENTED, InnovationType.SERVICE,
                Novelty.FIRST, EvidenceLevel.BEFORE_AFTER, List.of(tag)));
        training = publish(new Case("Påmindelse om genoptræning", "Borgere får besked før træningen.", aarhus,
                CaseSector.HEALTH, 2021, CaseStage.PILOT, InnovationType.TECHNOLOGY, Novelty.COPIED,
                EvidenceLevel.QUALITATIVE, List.of(tag, "sms")));
        benefits = publish(new Case("Visualisering af ydelser på Jobnet", "Ledige ser, hvad arbejde betyder.", star,
                CaseSector.EMPLOYMENT, 2018, CaseStage.SPREAD, InnovationType.COMMUNICATION, Novelty.FIRST,
                EvidenceLevel.RCT, List.of(tag)));
        signedIn.newPerson("Kaj Kladde", Role.EMPLOYEE);
        cases.register(new Case("Påmindelse i kladde", "Endnu ikke offentliggjort.", copenhagen,
                CaseSector.EMPLOYMENT, 2019, CaseStage.PILOT, InnovationType.TECHNOLOGY, Novelty.ADAPTED,
                EvidenceLevel.RCT, List.of(tag, "sms")).draft());
        signedIn.anonymous();
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private record Case(String title, String summary, OrganisationId organisation, CaseSector sector, int year,
                        CaseStage stage, InnovationType type, Novelty novelty, EvidenceLevel evidence,
                        List<String> tags) {

        CaseDraft draft() {
            return new CaseDraft(title + " " + UUID.randomUUID().toString().substring(0, 6), summary, organisation,
                    null, sector, year, stage, type, "Borgere", novelty, List.of(), tags, "Effekt.", "Proces.",
                    "Forudsætninger.", "Dokumentation.", evidence, List.of(), TestCaseDrafts.signedInPerson(),
                    "Projektleder", false);
        }
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code).findFirst()
                .orElseThrow().id();
    }

    /** Registers, submits and publishes a case, a second after the one before (for the newest first). */
    private CaseId publish(Case kase) {
        clock.advance(Duration.ofSeconds(1));
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        CaseId id = cases.register(kase.draft());
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        return id;
    }

    private CaseFilter ours() {
        return CaseFilter.NONE.with(CaseFacet.TAG, List.of(tag));
    }

    private CaseCatalogueResult search(CaseFilter filter) {
        return catalogue.search(CaseSearch.of(filter));
    }

    private static List<CaseId> ids(CaseCatalogueResult result) {
        return result.list().cards().stream().map(CaseCard::id).toList();
    }

    private static Map<String, Long> counts(CaseCatalogueResult result, CaseFacet facet) {
        return result.facets().stream().filter(counts -> counts.facet() == facet).findFirst().orElseThrow()
                .values().stream().collect(Collectors.toMap(value -> value.named() ? value.name() : value.value(),
                        CaseFacetValue::count));
    }

    @Test
    void everyFacetIsCountedOverThePublishedCasesOfTheSearch() {
        CaseCatalogueResult all = search(ours());

        assertThat(all.list().total()).as("the draft is not in the catalogue").isEqualTo(4);
        assertThat(ids(all)).as("newest first").containsExactly(benefits, training, rehabilitation, sms);
        assertThat(counts(all, CaseFacet.SECTOR)).containsOnly(Map.entry("employment", 2L),
                Map.entry("elderly-care", 1L), Map.entry("health", 1L));
        assertThat(counts(all, CaseFacet.LEVEL)).containsOnly(Map.entry("municipality", 3L), Map.entry("state", 1L));
        assertThat(counts(all, CaseFacet.MUNICIPALITY)).containsOnly(Map.entry("Københavns Kommune", 1L),
                Map.entry("Aarhus Kommune", 2L));
        assertThat(counts(all, CaseFacet.REGION)).containsOnly(Map.entry("Region Hovedstaden", 1L),
                Map.entry("Region Midtjylland", 2L));
        assertThat(counts(all, CaseFacet.STAGE)).containsOnly(Map.entry("pilot", 2L), Map.entry("implemented", 1L),
                Map.entry("spread", 1L));
        assertThat(counts(all, CaseFacet.TYPE)).containsOnly(Map.entry("technology", 2L), Map.entry("service", 1L),
                Map.entry("communication", 1L));
        assertThat(counts(all, CaseFacet.EVIDENCE)).containsOnly(Map.entry("rct", 2L),
                Map.entry("before-after", 1L), Map.entry("qualitative", 1L));
        assertThat(counts(all, CaseFacet.NOVELTY)).containsOnly(Map.entry("first", 2L), Map.entry("adapted", 1L),
                Map.entry("copied", 1L));
        assertThat(counts(all, CaseFacet.YEAR)).containsOnly(Map.entry("2018", 1L), Map.entry("2019", 1L),
                Map.entry("2021", 2L));
        assertThat(counts(all, CaseFacet.TAG)).as("the tag facet's own selection does not narrow it")
                .containsEntry(tag, 4L);
        assertThat(counts(search(ours().with(CaseFacet.SECTOR, List.of(CaseSector.HEALTH))), CaseFacet.TAG))
                .as("other facets do").containsEntry(tag, 1L);
        assertThat(all.facets().getFirst().values()).extracting(CaseFacetValue::labelKey)
                .as("in the enum's order").containsExactly("landscape.sector.employment",
                        "landscape.sector.health", "landscape.sector.elderly-care");
    }

    @Test
    void eachFacetFiltersValuesOfOneFacetAreAlternativesAndFacetsNarrowEachOther() {
        assertThat(ids(search(ours().with(CaseFacet.SECTOR, List.of(CaseSector.EMPLOYMENT)))))
                .containsExactly(benefits, sms);
        assertThat(ids(search(ours().with(CaseFacet.LEVEL, List.of("state"))))).containsExactly(benefits);
        assertThat(ids(search(ours().with(CaseFacet.REGION, List.of(1082))))).containsExactly(training,
                rehabilitation);
        assertThat(ids(search(ours().with(CaseFacet.MUNICIPALITY, List.of(101))))).containsExactly(sms);
        assertThat(ids(search(ours().with(CaseFacet.STAGE, List.of(CaseStage.SPREAD))))).containsExactly(benefits);
        assertThat(ids(search(ours().with(CaseFacet.TYPE, List.of(InnovationType.SERVICE)))))
                .containsExactly(rehabilitation);
        assertThat(ids(search(ours().with(CaseFacet.EVIDENCE, List.of(EvidenceLevel.QUALITATIVE)))))
                .containsExactly(training);
        assertThat(ids(search(ours().with(CaseFacet.NOVELTY, List.of(Novelty.ADAPTED))))).containsExactly(sms);
        assertThat(ids(search(ours().with(CaseFacet.YEAR, List.of(2018, 2019))))).containsExactly(benefits, sms);
        assertThat(ids(search(CaseFilter.NONE.with(CaseFacet.TAG, List.of(tag, "sms")))))
                .as("either tag").contains(sms, training, rehabilitation, benefits);

        CaseCatalogueResult two = search(ours().with(CaseFacet.SECTOR, List.of(CaseSector.EMPLOYMENT,
                CaseSector.HEALTH)).with(CaseFacet.STAGE, List.of(CaseStage.PILOT)));
        assertThat(ids(two)).containsExactly(training, sms);
        assertThat(counts(two, CaseFacet.SECTOR)).as("a facet's own selection does not narrow its counts, the others do")
                .containsEntry("employment", 1L).containsEntry("health", 1L).containsEntry("elderly-care", 0L);
        assertThat(counts(two, CaseFacet.STAGE)).containsEntry("pilot", 2L).containsEntry("spread", 1L)
                .containsEntry("implemented", 0L);
        assertThat(counts(two, CaseFacet.MUNICIPALITY)).containsOnly(Map.entry("Københavns Kommune", 1L),
                Map.entry("Aarhus Kommune", 1L));
        assertThat(two.active()).extracting(CaseFacetValue::value).containsExactly("employment", "health", "pilot",
                tag);
        assertThat(two.active().getFirst().address()).isEqualTo("landskab?sektor=health&fase=pilot&emne=" + tag);
        assertThat(two.clearAddress()).isEqualTo("landskab");
    }

    /**
     * The trial's finding: choosing one government level hid the others where the other facets left them no case. A
     * facet's values are alternatives: with one chosen, the others stay, 0 too, to be chosen as well; a facet without a
     * choice still offers only values that count.
     */
    @Test
    void aFacetWithAChoiceKeepsItsOtherValuesAtZeroAsAlternatives() {
        CaseCatalogueResult elderly = search(ours().with(CaseFacet.SECTOR, List.of(CaseSector.ELDERLY_CARE))
                .with(CaseFacet.LEVEL, List.of("municipality")));
        assertThat(ids(elderly)).containsExactly(rehabilitation);
        CaseFacetCounts levels = elderly.facets().stream().filter(counts -> counts.facet() == CaseFacet.LEVEL)
                .findFirst().orElseThrow();
        assertThat(levels.values()).extracting(CaseFacetValue::value, CaseFacetValue::count, CaseFacetValue::selected)
                .contains(tuple("municipality", 1L, true), tuple("state", 0L, false));
        CaseFacetValue state = levels.values().stream().filter(value -> value.value().equals("state")).findFirst()
                .orElseThrow();
        var stateToo = catalogue.parse(new Location(state.address()).getQueryParameters().getParameters());
        assertThat(ids(catalogue.search(stateToo.search()))).as("still selectable: either level").containsExactly(rehabilitation);
        assertThat(counts(elderly, CaseFacet.STAGE)).as("no choice: only values that count")
                .containsOnly(Map.entry("implemented", 1L));
    }

    /**
     * The review's finding: counting a facet's values at 0 in the index listed values of deleted or replaced documents
     * until the segments merged, so a tag removed from the only case having it stayed offered. The zeros come from live
     * values only. (The search's own word keeps the counted tags few, so that a stale zero would have a place.)
     */
    @Test
    void aTagRemovedFromItsOnlyCaseIsNotOfferedBesideAChosenTag() {
        String word = "cykeludlån" + UUID.randomUUID().toString().substring(0, 8).chars()
                .map(digit -> 'a' + Character.digit(digit, 16))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String removed = "aa-fjernet-" + UUID.randomUUID().toString().substring(0, 8);
        Case bikes = new Case("Udlån af cykler " + word, "Borgere låner cykler.", municipality(101),
                CaseSector.HEALTH, 2022, CaseStage.PILOT, InnovationType.SERVICE, Novelty.FIRST,
                EvidenceLevel.NOT_EVALUATED, List.of(tag, removed));
        CaseId id = publish(bikes);
        CaseFilter words = ours().withText(word);
        assertThat(counts(search(words), CaseFacet.TAG)).containsEntry(removed, 1L);

        cases.edit(id, new Case(bikes.title(), bikes.summary(), bikes.organisation(), bikes.sector(), bikes.year(),
                bikes.stage(), bikes.type(), bikes.novelty(), bikes.evidence(), List.of(tag)).draft(),
                cases.screen(id).orElseThrow().version());
        CaseCatalogueResult edited = search(words);
        assertThat(ids(edited)).containsExactly(id);
        assertThat(counts(edited, CaseFacet.TAG)).as("the removed tag is in no published case")
                .doesNotContainKey(removed).containsEntry(tag, 1L);
    }

    @Test
    void mostReusedOrdersByTheWorkplacesThatRecordedReusingACase() {
        CaseSearch all = CaseSearch.of(ours());
        assertThat(ids(catalogue.search(all.sortedBy(CaseSort.MOST_REUSED)))).as("none reused: the newest first")
                .containsExactly(benefits, training, rehabilitation, sms);
        signedIn.newPerson("Rie Genbruger", Role.EMPLOYEE);
        YearMonth lastYear = YearMonth.now(clock).minusYears(1);
        for (int code : List.of(147, 461)) {
            adoptions.adopt(sms, new AdoptionDraft(municipality(code), AdoptionKind.COPIED, lastYear, "Kopieret.",
                    null, false));
        }
        adoptions.adopt(rehabilitation, new AdoptionDraft(municipality(461), AdoptionKind.INSPIRED, lastYear,
                "Inspireret.", null, false));
        signedIn.anonymous();
        assertThat(ids(catalogue.search(all.sortedBy(CaseSort.MOST_REUSED))))
                .containsExactly(sms, rehabilitation, benefits, training);
        assertThat(all.sortedBy(CaseSort.MOST_REUSED).address()).contains("sorter=mest-genbrugt");
    }

    @Test
    void wordsAreFoundWithDanishStemmingAndEitherSpellingOfAa() {
        assertThat(ids(search(ours().withText("påmindelserne")))).containsExactlyInAnyOrder(sms, training);
        assertThat(ids(search(ours().withText("Århus")))).as("the organisation's name, in the old spelling")
                .containsExactlyInAnyOrder(rehabilitation, training);
        assertThat(ids(search(ours().withText("Aarhus Kommune")))).containsExactlyInAnyOrder(rehabilitation,
                training);
        assertThat(ids(search(ours().withText("tablet ældre")))).containsExactly(rehabilitation);
    }

    @Test
    void relevanceOrdersByTheWordsAndNewestByPublication() {
        CaseSearch words = CaseSearch.of(ours().withText("påmindelse unge"));
        assertThat(ids(catalogue.search(words.sortedBy(CaseSort.RELEVANCE)))).containsExactly(sms);
        CaseSearch either = CaseSearch.of(ours().withText("påmindelser | ydelser"));
        assertThat(ids(catalogue.search(either.sortedBy(CaseSort.NEWEST)))).containsExactly(benefits, training, sms);
        assertThat(ids(catalogue.search(CaseSearch.of(ours().withText("sms | unge | ledige"))))).first()
                .as("relevance, as words are given").isEqualTo(sms);
    }

    @Test
    void aPagePastTheLastSaysSoAndLeadsToTheLastNeverSilentlyToTheFirst() {
        CaseCards first = search(ours()).list();
        assertThat(first.pages()).isEqualTo(1);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isFalse();
        CaseCard smsCard = first.cards().stream().filter(card -> card.id().equals(sms)).findFirst().orElseThrow();
        assertThat(first.municipalityOf(smsCard)).as("the organisation is the municipality").isNull();
        assertThat(catalogue.search(CaseSearch.ALL).list().cards()).hasSizeLessThanOrEqualTo(CaseCards.PAGE_SIZE);
        CaseCatalogueResult past = catalogue.search(CaseSearch.of(ours()).onPage(3));
        assertThat(past.list().pastTheLast()).isTrue();
        assertThat(past.list().cards()).isEmpty();
        assertThat(past.list().total()).isEqualTo(4);
        assertThat(past.last()).isEqualTo("landskab?emne=" + tag);
        CaseCatalogueResult none = search(ours().withText("ingenting-her"));
        assertThat(none.list().total()).isZero();
        assertThat(none.list().pastTheLast()).isFalse();
    }

    @Test
    void anAddressNamingAMunicipalityOrRegionTheRegisterDoesNotHaveIsToldSo() {
        CaseSearch.Parsed parsed = catalogue.parse(Map.of(CaseFacet.MUNICIPALITY.parameter(), List.of("999", "751"),
                CaseFacet.REGION.parameter(), List.of("1084")));
        assertThat(parsed.problems()).containsExactly(Phrase.of("landscape.catalogue.bad-value", "kommune", "999"));
        assertThat(parsed.search().filter().municipalityCodes()).containsExactly(751);
        assertThat(parsed.search().filter().regionCodes()).containsExactly(1084);
    }

    @Test
    void theMapHasTheCasesOfTheSearchAtTheirMunicipalitiesAndTheOthersInTheList() {
        CaseMap map = search(ours()).map();
        assertThat(map.places()).as("in Danish order, where Aa is Å").extracting(MapPlace::name, MapPlace::count)
                .containsExactly(tuple("Københavns Kommune", 1L), tuple("Aarhus Kommune", 2L));
        MapMarker copenhagen = map.places().getFirst().markers().getFirst();
        assertThat(copenhagen.href()).isEqualTo("/" + cases.screen(sms).orElseThrow().path());
        assertThat(copenhagen.text()).isEqualTo("Københavns Kommune");
        assertThat(map.unplacedCount()).isEqualTo(1);
        assertThat(map.unplaced()).extracting(MapMarker::label).singleElement().asString()
                .startsWith("Visualisering af ydelser");

        CaseMap health = search(ours().with(CaseFacet.SECTOR, List.of(CaseSector.HEALTH))).map();
        assertThat(health.places()).extracting(MapPlace::name).containsExactly("Aarhus Kommune");
        assertThat(health.unplacedCount()).isZero();
    }

    @Test
    void eachPlaceOnTheMapNamesItsNewestCasesEvenWhenTheyAreFarDownTheSearch() {
        List<String> newer = new ArrayList<>();
        for (int number = 1; number <= CatalogueSearches.MARKERS_PER_PLACE + 1; number++) {
            CaseId id = publish(new Case("Velfærdsteknologi nr. " + number, "Aarhus afprøver sensorer.",
                    municipality(751), CaseSector.ELDERLY_CARE, 2022, CaseStage.PILOT, InnovationType.TECHNOLOGY,
                    Novelty.FIRST, EvidenceLevel.NOT_EVALUATED, List.of(tag)));
            newer.addFirst(href(id));
        }

        CaseMap map = search(ours()).map();
        MapPlace aarhus = map.places().stream().filter(place -> place.name().equals("Aarhus Kommune")).findFirst()
                .orElseThrow();
        assertThat(aarhus.count()).isEqualTo(CatalogueSearches.MARKERS_PER_PLACE + 3);
        assertThat(aarhus.markers()).extracting(MapMarker::href).as("its newest, newest first")
                .containsExactlyElementsOf(newer.subList(0, CatalogueSearches.MARKERS_PER_PLACE));
        // The oldest case of the search, in Copenhagen, comes after more than all the map shows.
        assertThat(map.places().getFirst().name()).isEqualTo("Københavns Kommune");
        assertThat(map.places().getFirst().markers()).extracting(MapMarker::href).containsExactly(href(sms));
        assertThat(map.unplaced()).extracting(MapMarker::href).containsExactly(href(benefits));
    }

    private String href(CaseId id) {
        return "/" + cases.screen(id).orElseThrow().path();
    }

    @Test
    void aCaseOfAMergedDuplicateIsCountedWhereTheOrganisationKeptIs() {
        signedIn.newPerson("Ulla Enhed", Role.EMPLOYEE);
        String name = "Velfærdslab " + UUID.randomUUID().toString().substring(0, 6);
        OrganisationId duplicate = organisations.addUnit(new NewUnit(name + " (dublet)",
                organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id(), null));
        OrganisationId kept = organisations.addUnit(new NewUnit(name, municipality(751), 751));
        String own = tag + "-flyttet";
        CaseId moved = publish(new Case("Velfærdsteknologi i hjemmeplejen", "Hjemmeplejen afprøver sensorer.",
                duplicate, CaseSector.ELDERLY_CARE, 2022, CaseStage.PILOT, InnovationType.TECHNOLOGY, Novelty.FIRST,
                EvidenceLevel.NOT_EVALUATED, List.of(own)));
        CaseFilter filter = CaseFilter.NONE.with(CaseFacet.TAG, List.of(own));
        assertThat(counts(search(filter), CaseFacet.LEVEL)).containsOnly(Map.entry("state", 1L));

        stewardship.merge(duplicate, kept, "Samme enhed");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            CaseCatalogueResult found = search(filter);
            assertThat(ids(found)).containsExactly(moved);
            assertThat(counts(found, CaseFacet.LEVEL)).containsOnly(Map.entry("municipality", 1L));
            assertThat(counts(found, CaseFacet.MUNICIPALITY)).containsOnly(Map.entry("Aarhus Kommune", 1L));
        });
    }

    @Test
    void aCaseIsFoundUnderItsOrganisationsNewNameAndPlaceOnceStaffCorrectThem() {
        signedIn.newPerson("Ulla Enhed", Role.EMPLOYEE);
        OrganisationId unit = organisations.addUnit(new NewUnit("Sansehuset " + UUID.randomUUID().toString()
                .substring(0, 6), organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id(),
                101));
        String own = tag + "-omdoebt";
        CaseId amended = publish(new Case("Sansestuer på plejehjem", "Beboerne bruger sansestuer.", unit,
                CaseSector.ELDERLY_CARE, 2022, CaseStage.PILOT, InnovationType.SERVICE, Novelty.FIRST,
                EvidenceLevel.NOT_EVALUATED, List.of(own)));
        CaseFilter filter = CaseFilter.NONE.with(CaseFacet.TAG, List.of(own));
        assertThat(counts(search(filter), CaseFacet.MUNICIPALITY)).containsOnly(Map.entry("Københavns Kommune", 1L));
        String word = "Omdøbt" + UUID.randomUUID().toString().substring(0, 6);

        stewardship.amend(unit, "Sanseværkstedet " + word, 751, organisations.screen(unit).orElseThrow().version(),
                null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(ids(search(CaseFilter.text(word)))).containsExactly(amended);
            CaseCatalogueResult found = search(filter);
            assertThat(counts(found, CaseFacet.MUNICIPALITY)).containsOnly(Map.entry("Aarhus Kommune", 1L));
            assertThat(counts(found, CaseFacet.REGION)).containsOnly(Map.entry("Region Midtjylland", 1L));
        });
    }

    /**
     * The catalogue keeps, while the index stays as it was, each facet's values in the whole catalogue (offered at 0
     * beside a choice) and each case's marker on the map. Each step below first searches, so that what it keeps is
     * there, then changes the index and finds the change: a case published, changed, its organisation renamed, and
     * the case taken out of the index (as unpublishing would: the portal has no such step yet).
     */
    @Test
    void whatTheCatalogueKeepsBetweenSearchesFollowsEveryChangeOfTheIndex() {
        List<String> years = offeredYears();
        String early = unusedYear(years, CaseDraft.FIRST_YEAR_STARTED);
        String later = unusedYear(years, Integer.parseInt(early) + 1);
        signedIn.newPerson("Ulla Enhed", Role.EMPLOYEE);
        OrganisationId unit = organisations.addUnit(new NewUnit("Borgerlab " + UUID.randomUUID().toString()
                .substring(0, 6), municipality(751), 751));
        String own = tag + "-kept";
        Case first = new Case("Borgerpaneler", "Borgere giver råd.", unit, CaseSector.ADMINISTRATION,
                Integer.parseInt(early), CaseStage.PILOT, InnovationType.POLICY, Novelty.FIRST,
                EvidenceLevel.NOT_EVALUATED, List.of(own));
        CaseId kase = publish(first);
        signedIn.anonymous();
        assertThat(offeredYears()).as("published").contains(early);
        CaseFilter mine = CaseFilter.NONE.with(CaseFacet.TAG, List.of(own));
        assertThat(markers(mine)).extracting(MapMarker::label).singleElement().asString().startsWith("Borgerpaneler");

        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.edit(kase, new Case("Borgertopmøder", first.summary(), unit, first.sector(), Integer.parseInt(later),
                first.stage(), first.type(), first.novelty(), first.evidence(), first.tags()).draft(),
                cases.screen(kase).orElseThrow().version());
        signedIn.anonymous();
        assertThat(offeredYears()).as("changed").contains(later).doesNotContain(early);
        assertThat(markers(mine)).extracting(MapMarker::label).singleElement().asString().startsWith("Borgertopmøder");

        String renamed = "Demokratilab " + UUID.randomUUID().toString().substring(0, 6);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        stewardship.amend(unit, renamed, 751, organisations.screen(unit).orElseThrow().version(), null);
        signedIn.anonymous();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(markers(mine))
                .extracting(MapMarker::text).as("its organisation renamed").containsExactly(renamed));

        assertThat(offeredYears()).contains(later);
        transaction.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
                .purge(LandscapeCase.class, kase.value(), null));
        assertThat(offeredYears()).as("out of the index").doesNotContain(later);
        assertThat(search(mine).map().isEmpty()).isTrue();
    }

    /**
     * The years the whole catalogue counts (the search without words or choices), those a search with a year chosen
     * offers as alternatives at 0 (the years of the whole catalogue), and the counts of a search with only a year
     * chosen (its year facet counted without its choice: the whole catalogue's): the same, or one of them is stale.
     */
    private List<String> offeredYears() {
        CaseFacetCounts counted = yearCounts(catalogue.search(CaseSearch.ALL));
        List<String> years = counted.values().stream().map(CaseFacetValue::value).toList();
        assertThat(years(catalogue.search(CaseSearch.of(ours().with(CaseFacet.YEAR, List.of("2021"))))))
                .as("offered beside a chosen year").containsExactlyInAnyOrderElementsOf(years);
        assertThat(yearCounts(catalogue.search(CaseSearch.of(CaseFilter.NONE.with(CaseFacet.YEAR,
                List.of("2021"))))).values()).extracting(CaseFacetValue::value, CaseFacetValue::count)
                .as("a year chosen, nothing else").containsExactlyInAnyOrderElementsOf(counted.values().stream()
                        .map(value -> tuple(value.value(), value.count())).toList());
        return years;
    }

    private static CaseFacetCounts yearCounts(CaseCatalogueResult result) {
        return result.facets().stream().filter(counts -> counts.facet() == CaseFacet.YEAR).findFirst().orElseThrow();
    }

    private static List<String> years(CaseCatalogueResult result) {
        return yearCounts(result).values().stream().map(CaseFacetValue::value).toList();
    }

    private static String unusedYear(List<String> years, int from) {
        return IntStream.iterate(from, year -> year + 1).mapToObj(Integer::toString)
                .filter(year -> !years.contains(year)).findFirst().orElseThrow();
    }

    private List<MapMarker> markers(CaseFilter filter) {
        return search(filter).map().places().stream().flatMap(place -> place.markers().stream()).toList();
    }

    @Test
    void relatedCasesShareTagsSectorOrTypeFirstAndNeverIncludeTheCaseOrUnpublishedOnes() {
        List<CaseId> related = catalogue.related(sms, 20).stream().map(CaseCard::id).toList();
        assertThat(related).doesNotContain(sms).contains(training, benefits, rehabilitation);
        assertThat(related.indexOf(training)).as("shares both tags and the type")
                .isLessThan(related.indexOf(rehabilitation)).isLessThan(related.indexOf(benefits));
        assertThat(catalogue.related(CaseId.of(Long.MAX_VALUE), 5)).isEmpty();
    }
}
