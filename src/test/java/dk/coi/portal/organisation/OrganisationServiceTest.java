package dk.coi.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.LogQuery;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModerationLog;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.search.SearchIndexService;
import dk.coi.portal.search.SearchHit;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import dk.coi.portal.support.HeldTransaction;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's rules on the real database: the autocomplete (words anywhere in a name, Danish letters,
 * municipalities first), employees adding their own unit (refused when empty, too long, taken under the same parent
 * or under an unknown parent or municipality, nothing stored), staff marking innovation units, and staff merging a
 * duplicate (lookups of it find the kept one, its units move, the moderation log and an event say so), each method
 * refusing whoever may not call it; what a person may do, as the screens are told; the units a person added in
 * their GDPR export.
 */
@PortalTest
@RecordApplicationEvents
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    ModerationLog log;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    SearchService portalSearch;
    @Autowired
    ModerationService moderation;
    @Autowired
    List<ModeratedContent> moderatedContents;
    @Autowired
    SearchIndexService searchIndex;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void reset() {
        signedIn.clear();
        clock.reset();
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(municipality -> municipality.code() == code)
                .findFirst().orElseThrow().id();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long rows() {
        return database.queryForObject("select count(*) from organisation", Long.class);
    }

    private static void refused(ThrowingCallable action, String field, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsExactly(Map.entry(field, key)));
    }

    @Test
    void theAutocompleteFindsWordsAnywhereInANameWithDanishLettersMunicipalitiesFirst() {
        signedIn.anonymous();
        assertThat(organisations.search("køben")).extracting(OrganisationSummary::name)
                .startsWith("Københavns Kommune").contains("Jobcenter København");
        assertThat(organisations.search("KØBENHAVNS")).extracting(OrganisationSummary::name)
                .first().isEqualTo("Københavns Kommune");
        assertThat(organisations.search("ærø")).extracting(OrganisationSummary::name).containsExactly("Ærø Kommune");
        // In any Danish spelling: the register says "Aarhus", people also write "Århus".
        assertThat(organisations.search("Århus")).extracting(OrganisationSummary::name).startsWith("Aarhus Kommune");
        assertThat(organisations.search("region sjæ")).extracting(OrganisationSummary::name)
                .containsExactly("Region Sjælland");
        assertThat(organisations.search("Taastrup")).extracting(OrganisationSummary::name)
                .containsExactly("Høje-Taastrup Kommune");
        assertThat(organisations.search("kommune")).hasSize(OrganisationService.MOST_SUGGESTIONS)
                .allSatisfy(found -> assertThat(found.type()).isEqualTo(OrganisationType.MUNICIPALITY));
        assertThat(organisations.search("  ")).isEmpty();
        assertThat(organisations.search("%")).isEmpty();
    }

    @Test
    void staffCorrectAUnitsNameWithALoggedReasonAndOtherModulesAreToldButNotOfReferenceDataOrNothingChanged() {
        signedIn.newPerson("Ester Enhed", Role.EMPLOYEE);
        String name = unique("Sundhedshuset");
        OrganisationId unit = organisations.addUnit(new NewUnit(name, municipality(101), null));
        OrganisationId sibling = organisations.addUnit(new NewUnit(unique("Sundhedshuset Syd"), municipality(101),
                null));
        OrganisationId subUnit = organisations.addUnit(new NewUnit(unique("Tandplejen"), unit, null));
        assertThatThrownBy(() -> amend(unit, "Nyt navn", null)).isInstanceOf(AuthorizationDeniedException.class);

        long staff = signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        long seen = organisations.screen(unit).orElseThrow().version();
        String word = "Omdøbt" + UUID.randomUUID().toString().substring(0, 8);
        String renamed = "Sundhedshuset " + word;
        assertThat(stewardship.amend(unit, "  " + renamed + " ", null, seen, " Stavefejl i navnet ")).isTrue();
        assertThat(organisations.screen(unit).orElseThrow().organisation().name()).isEqualTo(renamed);
        // Found by its new name, and so is its unit, whose place names it.
        assertThat(portalSearch.search(word, 0, 10).hits()).extracting(SearchHit::path).containsExactlyInAnyOrder(
                organisations.find(unit).orElseThrow().path(), organisations.find(subUnit).orElseThrow().path());
        assertThat(events.stream(OrganisationChanged.class).filter(changed -> changed.changed().equals(unit)))
                .hasSize(1);
        ModerationLogLine line = log.lines(LogQuery.of(Set.of(OrganisationStewardship.AMEND),
                Set.of(OrganisationId.SUBJECT_TYPE), 10)).stream()
                .filter(logged -> logged.subject().equals(unit.subject())).findFirst().orElseThrow();
        assertThat(line.personId()).isEqualTo(staff);
        assertThat(line.reason()).isEqualTo("Stavefejl i navnet");
        Phrase copenhagen = Phrase.of("organisation.log.name", "Københavns Kommune");
        assertThat(line.facts()).isEqualTo(Phrase.of("organisation.amend.facts", name, renamed, copenhagen,
                copenhagen));
        // Among staff's latest decisions in moderation's queue, as merges are.
        assertThat(moderatedContents.stream().filter(content -> content.type().equals(OrganisationId.SUBJECT_TYPE))
                .findFirst().orElseThrow().staffDecisions()).contains(OrganisationStewardship.AMEND);

        refused(() -> stewardship.amend(unit, name, null, seen, null), "organisation",
                "organisation.changed-meanwhile");
        assertThat(amend(unit, renamed, null)).as("nothing changed").isFalse();
        assertThat(events.stream(OrganisationChanged.class).filter(changed -> changed.changed().equals(unit)))
                .as("nothing changed, nobody told").hasSize(1);
        assertThat(log.lines(LogQuery.of(Set.of(OrganisationStewardship.AMEND), Set.of(OrganisationId.SUBJECT_TYPE),
                50))).filteredOn(logged -> logged.subject().equals(unit.subject())).hasSize(1);

        String siblingName = organisations.find(sibling).orElseThrow().name();
        refused(() -> amend(unit, siblingName, null), "name", "organisation.name.taken");
        refused(() -> amend(unit, renamed, 751), "municipality", "organisation.municipality.other-than-parent");
        refused(() -> amend(unit, " ", null), "name", "organisation.name.required");
        refused(() -> amend(municipality(751), "Århus Kommune", null), "organisation",
                "organisation.amend.reference-data");
        stewardship.merge(sibling, unit, "Dublet");
        refused(() -> stewardship.amend(sibling, "Andet navn", null, 0, null), "organisation",
                "organisation.amend.merged");
        assertThat(organisations.find(unit).orElseThrow().name()).isEqualTo(renamed);
    }

    @Test
    void unitsLocatedWhereTheirOrganisationWasMoveWithItToAnotherMunicipalityAndEachIsTold() {
        signedIn.newPerson("Ester Enhed", Role.EMPLOYEE);
        OrganisationId star = organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id();
        OrganisationId office = organisations.addUnit(new NewUnit(unique("Kontoret"), star, 851));
        OrganisationId team = organisations.addUnit(new NewUnit(unique("Teamet"), office, null));
        OrganisationId group = organisations.addUnit(new NewUnit(unique("Gruppen"), team, null));
        OrganisationId elsewhere = organisations.addUnit(new NewUnit(unique("Filialen"), office, 751));

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        assertThat(amend(office, organisations.find(office).orElseThrow().name(), 101)).isTrue();

        assertThat(Stream.of(office, team, group, elsewhere)
                .map(id -> organisations.screen(id).orElseThrow().municipality().code()))
                .containsExactly(101, 101, 101, 751);
        assertThat(events.stream(OrganisationChanged.class).map(OrganisationChanged::changed)
                .filter(Set.of(office, team, group, elsewhere)::contains))
                .containsExactlyInAnyOrder(office, team, group);
    }

    /** Staff's correction of the organisation as it is now, without a reason. */
    private boolean amend(OrganisationId id, String name, Integer municipalityCode) {
        return stewardship.amend(id, name, municipalityCode, organisations.screen(id).orElseThrow().version(), null);
    }

    @Test
    void anEmployeeAddsTheirUnitUnderAMunicipalityWhereItIsLocated() {
        long employee = signedIn.newPerson("Ester Enhed", Role.EMPLOYEE);
        String name = unique("Borgerservice Nord");
        OrganisationId unit = organisations.addUnit(new NewUnit("  " + name + " ", municipality(101), null));

        OrganisationScreen screen = organisations.screen(unit).orElseThrow();
        assertThat(screen.organisation().name()).isEqualTo(name);
        assertThat(screen.organisation().type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThat(screen.parent().name()).isEqualTo("Københavns Kommune");
        assertThat(screen.municipality().code()).isEqualTo(101);
        assertThat(screen.path()).startsWith("organisationer/" + unit.value() + "-borgerservice-nord-");
        assertThat(organisations.screen(municipality(101)).orElseThrow().units()).extracting(OrganisationSummary::name)
                .contains(name);
        assertThat(database.queryForMap("select added_by, added_at from organisation where id = ?", unit.value()))
                .containsEntry("added_by", employee).extractingByKey("added_at").isNotNull();
        assertThat(new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8))
                .contains("\"unitsAdded\"", name);
    }

    @Test
    void aUnitOfAStateBodyIsLocatedWhereTheEmployeeSays() {
        signedIn.newPerson("Sune Styrelse", Role.EMPLOYEE);
        OrganisationId star = organisations.search("STAR").getFirst().id();
        OrganisationId unit = organisations.addUnit(new NewUnit(unique("STAR Odense"), star, 461));
        OrganisationScreen screen = organisations.screen(unit).orElseThrow();
        assertThat(screen.organisation().type()).isEqualTo(OrganisationType.STATE);
        assertThat(screen.municipality().name()).isEqualTo("Odense Kommune");
        OrganisationId below = organisations.addUnit(new NewUnit(unique("Team Fyn"), unit, null));
        assertThat(organisations.screen(below).orElseThrow().municipality().code()).isEqualTo(461);
    }

    @Test
    void aUnitIsRefusedWithNothingStoredWhenItsNameOrPlaceIsWrong() {
        signedIn.newPerson("Rikke Regel", Role.EMPLOYEE);
        OrganisationId aarhus = municipality(751);
        String name = unique("Sundhed og Omsorg");
        organisations.addUnit(new NewUnit(name, aarhus, null));
        long before = rows();

        refused(() -> organisations.addUnit(new NewUnit(" ", aarhus, null)), "name", "organisation.name.required");
        refused(() -> organisations.addUnit(new NewUnit(null, aarhus, null)), "name", "organisation.name.required");
        refused(() -> organisations.addUnit(new NewUnit("x".repeat(201), aarhus, null)), "name",
                "organisation.name.too-long");
        refused(() -> organisations.addUnit(new NewUnit("Skjult\u202Etxt", aarhus, null)), "name",
                "input.invisible-characters");
        refused(() -> organisations.addUnit(new NewUnit(name.toUpperCase(), aarhus, null)), "name",
                "organisation.name.taken");
        refused(() -> organisations.addUnit(new NewUnit(unique("Enhed"), null, null)), "parent",
                "organisation.parent.required");
        refused(() -> organisations.addUnit(new NewUnit(unique("Enhed"), OrganisationId.of(987_654), null)), "parent",
                "organisation.parent.unknown");
        refused(() -> organisations.addUnit(new NewUnit(unique("Enhed"), aarhus, 999)), "municipality",
                "organisation.municipality.unknown");
        refused(() -> organisations.addUnit(new NewUnit(unique("Enhed"), aarhus, 1082)), "municipality",
                "organisation.municipality.unknown");
        refused(() -> organisations.addUnit(new NewUnit(unique("Enhed"), aarhus, 101)), "municipality",
                "organisation.municipality.other-than-parent");
        assertThat(rows()).isEqualTo(before);

        // The same name under another parent is another unit.
        assertThat(organisations.addUnit(new NewUnit(name, municipality(101), null))).isNotNull();
    }

    @Test
    void onlyEmployeesAddUnitsAndOnlyStaffMarkAndMerge() {
        OrganisationId odense = municipality(461);
        NewUnit unit = new NewUnit(unique("Kultur"), odense, null);
        signedIn.anonymous();
        assertThatThrownBy(() -> organisations.addUnit(unit)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.screen(odense).orElseThrow().may()).isEqualTo(OrganisationActions.NONE);
        signedIn.newPerson("Carl Citizen", Role.CITIZEN);
        assertThatThrownBy(() -> organisations.addUnit(unit)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.screen(odense).orElseThrow().may()).isEqualTo(OrganisationActions.NONE);

        signedIn.newPerson("Eva Employee", Role.EMPLOYEE);
        OrganisationId added = organisations.addUnit(unit);
        assertThat(organisations.screen(added).orElseThrow().may())
                .isEqualTo(new OrganisationActions(true, false, false, false));
        assertThatThrownBy(() -> stewardship.markInnovationUnit(added, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stewardship.merge(added, odense, "Dublet"))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        assertThat(organisations.screen(added).orElseThrow().may()).isEqualTo(new OrganisationActions(true, true, true, true));
        // A municipality is never merged away, so staff are not offered it.
        assertThat(organisations.screen(odense).orElseThrow().may())
                .isEqualTo(new OrganisationActions(true, true, false, false));
    }

    @Test
    void staffMarkAndUnmarkAnInnovationUnit() {
        signedIn.newPerson("Ida Innovator", Role.EMPLOYEE);
        String name = unique("Innovationshuset");
        OrganisationId unit = organisations.addUnit(new NewUnit(name, municipality(630), null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);

        stewardship.markInnovationUnit(unit, true);
        assertThat(organisations.screen(unit).orElseThrow().innovationUnit()).isTrue();
        assertThat(organisations.innovationUnits()).extracting(OrganisationSummary::name).contains(name);
        stewardship.markInnovationUnit(unit, false);
        assertThat(organisations.screen(unit).orElseThrow().innovationUnit()).isFalse();
        assertThat(organisations.innovationUnits()).extracting(OrganisationSummary::name).doesNotContain(name);
        refused(() -> stewardship.markInnovationUnit(OrganisationId.of(987_654), true), "organisation",
                "organisation.unknown");
    }

    /**
     * The map of innovation units: a unit at its municipality's centre, grouped with the municipality itself when it
     * is marked too, each a marker linking to its page with its parent's name; COI, in no municipality, apart.
     */
    @Test
    void innovationUnitsAreOnTheMapAtTheirMunicipalitysCentre() {
        signedIn.newPerson("Ulla Unit", Role.EMPLOYEE);
        String name = unique("Innovationsteamet i Vejle");
        OrganisationId unit = organisations.addUnit(new NewUnit(name, municipality(630), null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.markInnovationUnit(unit, true);
        stewardship.markInnovationUnit(municipality(630), true);
        try {
            Municipality vejle = organisations.municipalities().stream().filter(found -> found.code() == 630)
                    .findFirst().orElseThrow();
            InnovationUnitMap map = organisations.innovationUnitMap();
            MapPlace place = map.places().stream().filter(found -> found.name().equals("Vejle Kommune")).findFirst()
                    .orElseThrow();
            assertThat(place.latitude()).isEqualTo(vejle.latitude());
            assertThat(place.longitude()).isEqualTo(vejle.longitude());
            assertThat(place.count()).isEqualTo(2);
            assertThat(place.markers()).contains(new MapMarker(name, "/" + organisations.find(unit).orElseThrow().path(),
                    "Vejle Kommune"), new MapMarker("Vejle Kommune", "/" + organisations.find(municipality(630))
                    .orElseThrow().path(), ""));
            assertThat(map.unplaced()).extracting(MapMarker::label).contains("COI – Center for Offentlig Innovation");
            assertThat(map.places()).extracting(MapPlace::name).doesNotContain("COI – Center for Offentlig Innovation");
            assertThat(map.count()).isEqualTo(organisations.innovationUnits().size());
            // The demo's units (Ungecenteret in Copenhagen, one each in Aarhus, Odense and Aalborg) are on the map.
            assertThat(map.places()).extracting(MapPlace::name).contains("Københavns Kommune", "Aarhus Kommune",
                    "Odense Kommune", "Aalborg Kommune");
        } finally {
            stewardship.markInnovationUnit(municipality(630), false);
        }
    }

    @Test
    void aMergedDuplicateIsFoundAsTheKeptOrganisationItsUnitsMoveAndTheLogAndAnEventSaySo() {
        OrganisationId aalborg = municipality(851);
        long adder = signedIn.newPerson("Ulla Unit", Role.EMPLOYEE);
        String keptName = unique("Jobcenter Aalborg");
        OrganisationId kept = organisations.addUnit(new NewUnit(keptName, aalborg, null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(unique("Jobcentret i Aalborg"), aalborg, null));
        String teamName = unique("Ungeteamet");
        OrganisationId team = organisations.addUnit(new NewUnit(teamName, duplicate, null));
        OrganisationId older = organisations.addUnit(new NewUnit(unique("Aalborg Jobcenter"), aalborg, null));
        long staff = signedIn.newPerson("Mette Merger", Role.COI_STAFF);
        stewardship.merge(older, duplicate, "Samme jobcenter");

        stewardship.merge(duplicate, kept, "Samme jobcenter, to stavemåder");

        assertThat(organisations.find(duplicate).orElseThrow().id()).isEqualTo(kept);
        assertThat(organisations.screen(duplicate).orElseThrow().organisation().name()).isEqualTo(keptName);
        // What was merged into the duplicate before leads to the kept organisation in one step too.
        assertThat(organisations.find(older).orElseThrow().id()).isEqualTo(kept);
        assertThat(organisations.screen(team).orElseThrow().parent().id()).isEqualTo(kept);
        assertThat(organisations.screen(kept).orElseThrow().units()).extracting(OrganisationSummary::name)
                .containsExactly(teamName);
        assertThat(organisations.screen(aalborg).orElseThrow().units()).extracting(OrganisationSummary::id)
                .contains(kept).doesNotContain(duplicate, older);
        assertThat(organisations.search("Jobcentret i Aalborg")).isEmpty();
        // A page of cards reads its organisations' places at once: a merged duplicate's is the kept one's.
        assertThat(organisations.places(List.of(duplicate, older, kept, team, OrganisationId.of(Long.MAX_VALUE))))
                .containsOnlyKeys(duplicate, older, kept, team)
                .containsEntry(duplicate, new OrganisationPlace(keptName, OrganisationType.MUNICIPALITY, 851, 1081))
                .containsEntry(older, new OrganisationPlace(keptName, OrganisationType.MUNICIPALITY, 851, 1081))
                .containsEntry(kept, new OrganisationPlace(keptName, OrganisationType.MUNICIPALITY, 851, 1081))
                .containsEntry(team, new OrganisationPlace(teamName, OrganisationType.MUNICIPALITY, 851, 1081));
        assertThat(organisations.addresses()).noneMatch(path -> path.startsWith("organisationer/" + duplicate.value()));

        List<ModerationLogLine> lines = log.lines(LogQuery.of(Set.of(OrganisationStewardship.MERGE),
                Set.of(OrganisationId.SUBJECT_TYPE), 10));
        ModerationLogLine line = lines.stream().filter(logged -> logged.subject().equals(duplicate.subject()))
                .findFirst().orElseThrow();
        assertThat(line.personId()).isEqualTo(staff);
        assertThat(line.reason()).isEqualTo("Samme jobcenter, to stavemåder");
        assertThat(line.facts().arguments()).containsExactly(keptName);
        // Moderation's plug-in leads the line to the duplicate's address (which leads on to the kept organisation).
        assertThat(line.path()).startsWith("organisationer/" + duplicate.value() + "-jobcentret-i-aalborg-");
        // The plug-in names the unit's adder as its author, as the queue's latest decisions show it. (Those are the
        // 30 latest by time, which other tests move on, so the plug-in is asked here.)
        ModeratedContent inModeration = moderatedContents.stream()
                .filter(content -> content.type().equals(OrganisationId.SUBJECT_TYPE)).findFirst().orElseThrow();
        assertThat(inModeration.describe(List.of(duplicate.value())).get(duplicate.value()).author())
                .isEqualTo(PersonId.of(adder));
        assertThat(events.stream(OrganisationsMerged.class).filter(merged -> merged.merged().equals(duplicate)))
                .singleElement().satisfies(merged -> {
                    assertThat(merged.kept()).isEqualTo(kept);
                    assertThat(merged.by()).isEqualTo(PersonId.of(staff));
                });
    }

    @Test
    void aMergeIsRefusedWithNothingChangedWhenItWouldLoseOrLoopAnything() {
        OrganisationId vejle = municipality(630);
        signedIn.newPerson("Ulla Unit", Role.EMPLOYEE);
        OrganisationId kept = organisations.addUnit(new NewUnit(unique("Vejle Bibliotekerne"), vejle, null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(unique("Biblioteket i Vejle"), vejle, null));
        OrganisationId below = organisations.addUnit(new NewUnit(unique("Filialen"), duplicate, null));
        String shared = unique("Børneafdelingen");
        organisations.addUnit(new NewUnit(shared, kept, null));
        OrganisationId clash = organisations.addUnit(new NewUnit(unique("Hovedbiblioteket"), vejle, null));
        organisations.addUnit(new NewUnit(shared, clash, null));
        signedIn.newPerson("Mette Merger", Role.COI_STAFF);

        refused(() -> stewardship.merge(duplicate, kept, " "), "reason", "reason.required");
        refused(() -> stewardship.merge(duplicate, null, "Dublet"), "kept", "organisation.merge.kept-required");
        refused(() -> stewardship.merge(duplicate, duplicate, "Dublet"), "kept", "organisation.merge.itself");
        refused(() -> stewardship.merge(duplicate, OrganisationId.of(987_654), "Dublet"), "kept",
                "organisation.unknown");
        refused(() -> stewardship.merge(vejle, kept, "Dublet"), "organisation", "organisation.merge.reference-data");
        refused(() -> stewardship.merge(duplicate, below, "Dublet"), "kept",
                "organisation.merge.kept-under-duplicate");
        refused(() -> stewardship.merge(clash, kept, "Dublet"), "kept", "organisation.merge.unit-name-taken");
        assertThat(organisations.find(duplicate).orElseThrow().id()).isEqualTo(duplicate);
        assertThat(organisations.find(clash).orElseThrow().id()).isEqualTo(clash);

        stewardship.merge(duplicate, kept, "Dublet");
        refused(() -> stewardship.merge(duplicate, vejle, "Igen"), "organisation", "organisation.merge.already-merged");
        refused(() -> stewardship.markInnovationUnit(duplicate, true), "organisation",
                "organisation.merge.already-merged");
        // Naming the merged duplicate as the one to keep keeps the organisation it leads to.
        stewardship.merge(below, duplicate, "Filialen er hele biblioteket");
        assertThat(organisations.find(below).orElseThrow().id()).isEqualTo(kept);
    }

    @Test
    void theListFindsWordsOfTheNameFiltersByKindAndRegionAndPages() {
        signedIn.newPerson("Lise Liste", Role.EMPLOYEE);
        String word = "Listetest" + UUID.randomUUID().toString().substring(0, 6);
        OrganisationId unit = organisations.addUnit(new NewUnit(word + " Sundhed", municipality(751), null));
        OrganisationId stateUnit = organisations.addUnit(new NewUnit(word + " Vest",
                organisations.search("STAR").getFirst().id(), 657));
        signedIn.anonymous();

        OrganisationList found = organisations.list(OrganisationQuery.of("sundhed " + word.toLowerCase(), null, null,
                null));
        assertThat(found.total()).isEqualTo(1);
        OrganisationListing listing = found.organisations().getFirst();
        assertThat(listing.organisation().id()).isEqualTo(unit);
        assertThat(listing.kind()).isEqualTo(Phrase.of("organisation.kind.unit", "Aarhus Kommune"));
        assertThat(listing.municipality()).isEqualTo("Aarhus Kommune");
        assertThat(listing.region()).isEqualTo("Region Midtjylland");

        assertThat(organisations.list(OrganisationQuery.of(word, "enhed", "1082", null)).organisations())
                .extracting(OrganisationListing::organisation).extracting(OrganisationSummary::id)
                .containsExactlyInAnyOrder(unit, stateUnit);
        assertThat(organisations.list(OrganisationQuery.of(word, "enhed", "1084", null)).total()).isZero();
        assertThat(organisations.list(OrganisationQuery.of(word, "kommune", null, null)).total()).isZero();

        OrganisationList municipalities = organisations.list(OrganisationQuery.of(null, "kommune", null, null));
        assertThat(municipalities.total()).isEqualTo(98);
        assertThat(municipalities.pages()).isEqualTo(4);
        assertThat(municipalities.organisations()).hasSize(OrganisationService.PAGE_SIZE)
                .extracting(OrganisationListing::kind).containsOnly(Phrase.of("organisation.kind.municipality"));
        assertThat(municipalities.organisations().getFirst().organisation().name()).isEqualTo("Albertslund Kommune");
        assertThat(municipalities.organisations().getFirst().municipality()).isNull();
        assertThat(municipalities.organisations().getFirst().region()).isEqualTo("Region Hovedstaden");
        assertThat(municipalities.next()).isEqualTo("organisationer?type=kommune&side=2");
        OrganisationList last = organisations.list(OrganisationQuery.of(null, "kommune", null, "4"));
        assertThat(last.organisations()).hasSize(98 - 3 * OrganisationService.PAGE_SIZE);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.previous()).isEqualTo("organisationer?type=kommune&side=3");
        OrganisationList past = organisations.list(OrganisationQuery.of(null, "kommune", null, "9"));
        assertThat(past.pastTheLast()).isTrue();
        assertThat(past.organisations()).isEmpty();
        assertThat(past.last()).isEqualTo("organisationer?type=kommune&side=4");

        OrganisationList midtjylland = organisations.list(OrganisationQuery.of(null, "kommune", "1082", null));
        assertThat(midtjylland.total()).isEqualTo(19);
        assertThat(organisations.list(OrganisationQuery.of(null, "region", null, null)).organisations())
                .extracting(OrganisationListing::organisation).extracting(OrganisationSummary::name)
                .containsExactly("Region Hovedstaden", "Region Midtjylland", "Region Nordjylland", "Region Sjælland",
                        "Region Syddanmark");
        assertThat(organisations.list(OrganisationQuery.of(null, "stat", null, null)).organisations())
                .extracting(OrganisationListing::organisation).extracting(OrganisationSummary::name)
                .contains("Beskæftigelsesministeriet").doesNotContain("STAR – Styrelsen for Arbejdsmarked og Rekruttering");
        // What an address cannot say is left at its default; a percent sign is a character, not a wildcard.
        assertThat(OrganisationQuery.of(" ", "ukendt", "99", "x")).isEqualTo(OrganisationQuery.ALL);
        assertThat(organisations.list(OrganisationQuery.of("%", null, null, null)).total())
                .isEqualTo(organisations.list(OrganisationQuery.ALL).total());
        assertThat(organisations.list(OrganisationQuery.of(null, null, "1099", null)).total()).isZero();
        assertThat(new OrganisationQuery("Jobcenter & co", OrganisationKind.UNIT, 1082, 1).address())
                .isEqualTo("organisationer?q=Jobcenter%20%26%20co&type=enhed&region=1082&side=2");
    }

    @Test
    void aPageSaysWhatTheOrganisationIsItsLevelAndItsRegion() {
        signedIn.newPerson("Karl Kind", Role.EMPLOYEE);
        OrganisationId aarhus = municipality(751);
        OrganisationId unit = organisations.addUnit(new NewUnit(unique("Borgerservice Aarhus"), aarhus, null));
        signedIn.anonymous();

        OrganisationScreen municipality = organisations.screen(aarhus).orElseThrow();
        assertThat(municipality.kind()).isEqualTo(Phrase.of("organisation.kind.municipality"));
        assertThat(municipality.organisation().type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThat(municipality.region().name()).isEqualTo("Region Midtjylland");
        OrganisationScreen ofUnit = organisations.screen(unit).orElseThrow();
        assertThat(ofUnit.kind()).isEqualTo(Phrase.of("organisation.kind.unit", "Aarhus Kommune"));
        assertThat(ofUnit.organisation().type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThat(ofUnit.region().name()).isEqualTo("Region Midtjylland");
        OrganisationScreen region = organisations.screen(municipality.region().id()).orElseThrow();
        assertThat(region.kind()).isEqualTo(Phrase.of("organisation.kind.region"));
        assertThat(region.region()).isNull();
        assertThat(organisations.screen(organisations.search("Beskæftigelsesministeriet").getFirst().id())
                .orElseThrow().kind()).isEqualTo(Phrase.of("organisation.kind.state-body"));
        assertThat(organisations.screen(organisations.search("PensionDanmark").getFirst().id())
                .orElseThrow().kind()).isEqualTo(Phrase.of("organisation.kind.organisation"));
    }

    @Test
    void thePortalSearchFindsMunicipalitiesAndAddedUnitsByNameAndPlaceButNotMergedDuplicates() {
        signedIn.newPerson("Sofie Søg", Role.EMPLOYEE);
        String word = "Søgetest" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        OrganisationId unit = organisations.addUnit(new NewUnit(word + " Ældrepleje", municipality(751), null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(word + " Ældreplejen", municipality(751), null));
        // The register's reference data comes from a migration, so the index holds it once the start-up rebuild of
        // a new index is done, which may still run when this is the context's first test (as administrators see).
        signedIn.newPerson("Ada Admin", Role.ADMIN);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> searchIndex.currentRebuild().isEmpty());
        signedIn.anonymous();

        assertThat(portalSearch.search("Aarhus Kommune", 0, 100).hits()).anySatisfy(hit -> {
            assertThat(hit.path()).isEqualTo(organisations.find(municipality(751)).orElseThrow().path());
            assertThat(hit.typeLabelKey()).isEqualTo("search.type.organisation");
            assertThat(hit.title().html()).contains("<mark>Aarhus</mark>");
            assertThat(hit.context()).isEqualTo(Phrase.of("organisation.kind.municipality"));
        });
        String path = organisations.find(unit).orElseThrow().path();
        assertThat(portalSearch.search(word + " aarhus", 0, 10).hits()).extracting(SearchHit::path).contains(path);
        assertThat(portalSearch.search(word + " midtjylland", 0, 10).hits()).anySatisfy(hit -> {
            assertThat(hit.path()).isEqualTo(path);
            assertThat(hit.context()).isEqualTo(Phrase.of("organisation.kind.unit", "Aarhus Kommune"));
            assertThat(hit.snippet().html()).contains("Aarhus Kommune", "<mark>Midtjylland</mark>");
        });

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.merge(duplicate, unit, "Dublet");
        assertThat(portalSearch.search(word, 0, 10).hits()).extracting(SearchHit::path).containsExactly(path);
    }

    @Test
    void anOrganisationCannotBeHiddenByModeration() {
        signedIn.newPerson("Rita Rapport", Role.EMPLOYEE);
        OrganisationId unit = organisations.addUnit(new NewUnit(unique("Rapportenheden"), municipality(461), null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        refused(() -> moderation.hide(unit.subject(), "Forkert navn"), "subject",
                "organisation.moderation.not-hideable");
        assertThat(organisations.find(unit)).isPresent();
    }

    @Test
    void staffUndoAMergeForAWhileAndTheUnitsAndEarlierDuplicatesComeBack() {
        OrganisationId esbjerg = municipality(561);
        signedIn.newPerson("Ulla Unit", Role.EMPLOYEE);
        String keptName = unique("Sundhedshuset Esbjerg");
        OrganisationId kept = organisations.addUnit(new NewUnit(keptName, esbjerg, null));
        String duplicateName = unique("Esbjerg Sundhedshus");
        OrganisationId duplicate = organisations.addUnit(new NewUnit(duplicateName, esbjerg, null));
        OrganisationId team = organisations.addUnit(new NewUnit(unique("Genoptræningen"), duplicate, null));
        OrganisationId older = organisations.addUnit(new NewUnit(unique("Sundhedshus i Esbjerg"), esbjerg, null));
        long staff = signedIn.newPerson("Mette Merger", Role.COI_STAFF);
        stewardship.merge(older, duplicate, "Samme hus");
        stewardship.merge(duplicate, kept, "Samme hus, to navne");
        assertThat(organisations.screen(kept).orElseThrow().undoableMerges()).extracting(OrganisationSummary::id)
                .containsExactly(duplicate);
        refused(() -> stewardship.undoMerge(duplicate, " "), "reason", "reason.required");
        refused(() -> stewardship.undoMerge(kept, "Fejl"), "organisation", "organisation.merge.undo.not-merged");

        stewardship.undoMerge(duplicate, "Det var to forskellige huse");

        assertThat(organisations.find(duplicate).orElseThrow().name()).isEqualTo(duplicateName);
        assertThat(organisations.screen(team).orElseThrow().parent().id()).isEqualTo(duplicate);
        assertThat(organisations.find(older).orElseThrow().id()).isEqualTo(duplicate);
        assertThat(organisations.screen(kept).orElseThrow().units()).isEmpty();
        assertThat(organisations.screen(kept).orElseThrow().undoableMerges()).isEmpty();
        assertThat(organisations.screen(duplicate).orElseThrow().undoableMerges()).extracting(OrganisationSummary::id)
                .containsExactly(older);
        assertThat(portalSearch.search(duplicateName, 0, 10).hits()).extracting(SearchHit::path)
                .contains(organisations.find(duplicate).orElseThrow().path());
        ModerationLogLine line = log.lines(LogQuery.of(Set.of(OrganisationStewardship.UNDO),
                Set.of(OrganisationId.SUBJECT_TYPE), 10)).stream()
                .filter(logged -> logged.subject().equals(duplicate.subject())).findFirst().orElseThrow();
        assertThat(line.personId()).isEqualTo(staff);
        assertThat(line.reason()).isEqualTo("Det var to forskellige huse");
        assertThat(line.path()).startsWith("organisationer/" + duplicate.value() + "-");
        refused(() -> stewardship.undoMerge(duplicate, "Igen"), "organisation", "organisation.merge.undo.not-merged");

        // Merged again, the kept organisation then merged itself: undo that first. And only for a while.
        stewardship.merge(duplicate, kept, "Alligevel samme hus");
        OrganisationId other = organisations.addUnit(new NewUnit(unique("Sundhedscenter Esbjerg"), esbjerg, null));
        stewardship.merge(kept, other, "Flyttet sammen");
        refused(() -> stewardship.undoMerge(duplicate, "Fejl"), "organisation", "organisation.merge.undo.kept-merged");
        clock.advance(OrganisationStewardship.UNDO_PERIOD.plus(Duration.ofMinutes(1)));
        refused(() -> stewardship.undoMerge(kept, "Fejl"), "organisation", "organisation.merge.undo.too-late");
        assertThat(organisations.screen(other).orElseThrow().undoableMerges()).isEmpty();
    }

    /**
     * Two undos of one merge at once: the second waits for the first's lock on the merge and is then refused, so the
     * merge is undone once and logged once (the second used to read the merge before it locked, and undid it again).
     */
    @Test
    void ofTwoUndosOfOneMergeAtOnceTheSecondWaitsAndIsRefused() throws Exception {
        signedIn.newPerson("Uffe Unit", Role.EMPLOYEE);
        OrganisationId vejle = municipality(630);
        OrganisationId kept = organisations.addUnit(new NewUnit(unique("Borgerservice Vejle"), vejle, null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(unique("Vejle Borgerservice"), vejle, null));
        long staff = signedIn.newPerson("Sigrid Staff", Role.COI_STAFF);
        stewardship.merge(duplicate, kept, "Samme sted");
        signedIn.clear();
        try (HeldTransaction first = HeldTransaction.hold(transaction, () -> assertThat(signedIn.refusalOf(staff,
                "Sigrid Staff", Role.COI_STAFF, () -> stewardship.undoMerge(duplicate, "To steder"))).isNull())) {
            Future<Throwable> second = first.meanwhile(() -> signedIn.refusalOf(staff, "Sigrid Staff",
                    Role.COI_STAFF, () -> stewardship.undoMerge(duplicate, "Også to steder")));
            first.awaitALockWait(database);
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.fieldMessageKeys())
                            .isEqualTo(Map.of("organisation", "organisation.merge.undo.not-merged")));
        }
        assertThat(log.lines(LogQuery.of(Set.of(OrganisationStewardship.UNDO), Set.of(OrganisationId.SUBJECT_TYPE), 50))
                .stream().filter(logged -> logged.subject().equals(duplicate.subject()))).hasSize(1);
        assertThat(events.stream(OrganisationMergeUndone.class).filter(event -> event.merged().equals(duplicate)))
                .hasSize(1);
    }
}
