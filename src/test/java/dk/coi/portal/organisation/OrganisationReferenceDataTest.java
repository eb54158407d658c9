package dk.coi.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register's reference data as migrated: 98 municipalities with distinct official codes, each in one of the 5
 * regions (1081–1085) with the number of municipalities each region has, every centre inside Denmark, and the state
 * bodies the seeds name under their ministry or association.
 */
@PortalTest
class OrganisationReferenceDataTest {

    /** Denmark's extent, Bornholm and Skagen included (WGS84). */
    private static final double SOUTH = 54.55, NORTH = 57.76, WEST = 8.07, EAST = 15.20;

    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    @Test
    void theNinetyEightMunicipalitiesEachLieInOneOfTheFiveRegions() {
        signedIn.anonymous();
        List<Municipality> municipalities = organisations.municipalities();
        List<Region> regions = organisations.regions();

        assertThat(municipalities).hasSize(98);
        assertThat(municipalities.stream().map(Municipality::code).distinct()).hasSize(98);
        assertThat(municipalities.stream().map(Municipality::name).distinct()).hasSize(98);
        assertThat(municipalities).allSatisfy(municipality -> {
            assertThat(municipality.code()).isBetween(101, 860);
            assertThat(municipality.name()).endsWith("ommune");
        });
        assertThat(regions).extracting(Region::code).containsExactlyInAnyOrder(1081, 1082, 1083, 1084, 1085);
        Map<Integer, Long> perRegion = municipalities.stream()
                .collect(Collectors.groupingBy(Municipality::regionCode, Collectors.counting()));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(
                Map.of(1081, 11L, 1082, 19L, 1083, 22L, 1084, 29L, 1085, 17L));
    }

    @Test
    void knownMunicipalitiesHaveTheirOfficialCodesAndRegions() {
        signedIn.anonymous();
        Map<Integer, Municipality> byCode = organisations.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        Map<Integer, String> regionNames = organisations.regions().stream()
                .collect(Collectors.toMap(Region::code, Region::name));
        assertThat(byCode.get(101).name()).isEqualTo("Københavns Kommune");
        assertThat(regionNames.get(byCode.get(101).regionCode())).isEqualTo("Region Hovedstaden");
        assertThat(byCode.get(400).name()).isEqualTo("Bornholms Regionskommune");
        assertThat(regionNames.get(byCode.get(400).regionCode())).isEqualTo("Region Hovedstaden");
        assertThat(byCode.get(461).name()).isEqualTo("Odense Kommune");
        assertThat(regionNames.get(byCode.get(461).regionCode())).isEqualTo("Region Syddanmark");
        assertThat(byCode.get(615).name()).isEqualTo("Horsens Kommune");
        assertThat(regionNames.get(byCode.get(615).regionCode())).isEqualTo("Region Midtjylland");
        assertThat(byCode.get(751).name()).isEqualTo("Aarhus Kommune");
        assertThat(byCode.get(773).name()).isEqualTo("Morsø Kommune");
        assertThat(regionNames.get(byCode.get(773).regionCode())).isEqualTo("Region Nordjylland");
        assertThat(byCode.get(253).name()).isEqualTo("Greve Kommune");
        assertThat(regionNames.get(byCode.get(253).regionCode())).isEqualTo("Region Sjælland");
        assertThat(byCode.get(860).name()).isEqualTo("Hjørring Kommune");
        assertThat(regionNames.get(byCode.get(860).regionCode())).isEqualTo("Region Nordjylland");
    }

    @Test
    void everyCentreLiesInsideDenmarkAndTheEastIsEastOfTheWest() {
        signedIn.anonymous();
        assertThat(organisations.municipalities()).allSatisfy(municipality -> {
            assertThat(municipality.latitude()).as(municipality.name()).isBetween(SOUTH, NORTH);
            assertThat(municipality.longitude()).as(municipality.name()).isBetween(WEST, EAST);
        });
        assertThat(organisations.regions()).allSatisfy(region -> {
            assertThat(region.latitude()).as(region.name()).isBetween(SOUTH, NORTH);
            assertThat(region.longitude()).as(region.name()).isBetween(WEST, EAST);
        });
        Map<Integer, Municipality> byCode = organisations.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        // Crude checks against a swapped or mistyped coordinate: Copenhagen east of Esbjerg, Hjørring north of Tønder.
        assertThat(byCode.get(101).longitude()).isGreaterThan(byCode.get(561).longitude() + 3);
        assertThat(byCode.get(860).latitude()).isGreaterThan(byCode.get(550).latitude() + 2);
        assertThat(byCode.get(400).longitude()).isGreaterThan(14.5);
    }

    @Test
    void theStateBodiesTheSeedsNameAreThereUnderTheirParents() {
        signedIn.anonymous();
        OrganisationSummary star = organisations.search("STAR").getFirst();
        assertThat(star.name()).isEqualTo("STAR – Styrelsen for Arbejdsmarked og Rekruttering");
        assertThat(star.type()).isEqualTo(OrganisationType.STATE);
        assertThat(organisations.screen(star.id()).orElseThrow().parent().name())
                .isEqualTo("Beskæftigelsesministeriet");
        OrganisationSummary klk = organisations.search("KLK").getFirst();
        assertThat(organisations.screen(klk.id()).orElseThrow().parent().name())
                .isEqualTo("KL – Kommunernes Landsforening");
        assertThat(organisations.search("Center for Offentlig Innovation")).extracting(OrganisationSummary::name)
                .containsExactly("COI – Center for Offentlig Innovation");
        Set<String> named = organisations.search("Danske").stream().map(OrganisationSummary::name)
                .collect(Collectors.toSet());
        assertThat(named).contains("Danske Regioner");
        assertThat(organisations.innovationUnits()).extracting(OrganisationSummary::name)
                .contains("COI – Center for Offentlig Innovation");
    }
}
