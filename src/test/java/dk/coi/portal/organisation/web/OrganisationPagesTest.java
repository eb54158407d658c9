package dk.coi.portal.organisation.web;

import static dk.coi.portal.support.PublicHttp.get;
import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register's pages as a reader who is not signed in fetches them: an organisation with its level, municipality,
 * parent, units and innovation-unit mark, with title, description, canonical address and no session, at one address
 * (a merged duplicate's leads to the kept one); the list of innovation units; both in the sitemap.
 */
@PortalTest
class OrganisationPagesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private OrganisationSummary copenhagen() {
        signedIn.anonymous();
        Municipality municipality = organisations.municipalities().stream().filter(found -> found.code() == 101)
                .findFirst().orElseThrow();
        return organisations.find(municipality.id()).orElseThrow();
    }

    @Test
    void aMunicipalityHasItsPageWithItsUnits() throws Exception {
        OrganisationSummary copenhagen = copenhagen();
        assertThat(copenhagen.path()).isEqualTo("organisationer/" + copenhagen.id().value() + "-koebenhavns-kommune");
        String html = readablePage(port, "/" + copenhagen.path());
        assertThat(html).contains("<title>Københavns Kommune | Innovationsportalen</title>")
                .contains("<h1 lang=\"da\">Københavns Kommune</h1>")
                .contains("<meta name=\"description\" content=\"Københavns Kommune (Kommune) i Innovationsportalens")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + copenhagen.path() + "\">")
                .containsSubsequence("<dt>Type</dt>", "<dd id=\"organisation-kind\">Kommune</dd>",
                        "<dt>Forvaltningsniveau</dt>", "<dd id=\"organisation-level\">Kommunal</dd>", "<dt>Kode</dt>",
                        "<dd>101</dd>", "<dt>Region</dt>", ">Region Hovedstaden</a>")
                .contains(">Jobcenter København</a>")
                // Only public employees add units: a reader is offered to sign in first, not a form they may not use.
                .doesNotContain("/organisationer/ny?under=")
                .contains("<a id=\"organisation-add-unit-sign-in\" href=\"/login?next=")
                .contains("Log ind som offentligt ansat for at tilføje en enhed</a>");

        HttpResponse<String> byNumber = get(port, "/organisationer/" + copenhagen.id().value());
        assertThat(byNumber.statusCode()).isEqualTo(301);
        assertThat(byNumber.headers().firstValue("Location").orElseThrow()).endsWith("/" + copenhagen.path());
        assertThat(byNumber.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get(port, "/organisationer/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void aUnitShowsItsParentItsMunicipalityAndItsMark() throws Exception {
        OrganisationId copenhagen = copenhagen().id();
        signedIn.newPerson("Ester Enhed", Role.EMPLOYEE);
        String name = "Innovationsteamet " + UUID.randomUUID().toString().substring(0, 6);
        OrganisationId unit = organisations.addUnit(new NewUnit(name, copenhagen, null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(name + " (dublet)", copenhagen, null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.markInnovationUnit(unit, true);
        stewardship.merge(duplicate, unit, "Dublet");
        String path = organisations.find(unit).orElseThrow().path();

        String html = readablePage(port, "/" + path);
        assertThat(html).contains("<p id=\"organisation-innovation-unit\" class=\"portal-tag portal-tag--success\">"
                        + "Innovationsenhed</p>")
                .containsSubsequence("<dd id=\"organisation-kind\">Enhed under Københavns Kommune</dd>",
                        "<dd id=\"organisation-level\">Kommunal</dd>", "<dt>Kommune</dt>", ">Københavns Kommune</a>",
                        "<dt>Region</dt>", ">Region Hovedstaden</a>", "<dt>Hører under</dt>", ">Københavns Kommune</a>")
                // No empty section for a reader: the way to add a unit is for employees, signed in.
                .doesNotContain("organisation-units-heading", "Ingen enheder");
        HttpResponse<String> merged = get(port, "/organisationer/" + duplicate.value() + "-dublet");
        assertThat(merged.statusCode()).isEqualTo(301);
        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("/" + path);

        String units = readablePage(port, "/organisationer/innovationsenheder");
        assertThat(units).contains("<h1>Innovationsenheder</h1>")
                .contains("<a href=\"/" + path + "\">" + name + "</a>")
                .contains(">COI – Center for Offentlig Innovation</a>");
        assertThat(get(port, "/sitemap.xml").body()).contains("<loc>" + baseUrl + path + "</loc>",
                "<loc>" + baseUrl + "organisationer/innovationsenheder</loc>");
    }

    @Test
    void theListOfOrganisationsIsSearchedFilteredAndPagedByItsAddress() throws Exception {
        String list = readablePage(port, "/organisationer");
        assertThat(list).contains("<title>Organisationer | Innovationsportalen</title>")
                .contains("<meta name=\"description\" content=\"Registret over offentlige arbejdspladser")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "organisationer\">")
                .doesNotContain("noindex")
                .contains("<form id=\"organisations-filters\"", "<option value=\"enhed\">Enheder</option>",
                        "<option value=\"1082\" lang=\"da\">Region Midtjylland</option>")
                .contains("<a id=\"organisations-next\" href=\"/organisationer?side=2\" rel=\"next\">");
        assertThat(list.split("<li><a lang=\"da\"", -1)).hasSize(26);

        String aarhus = readablePage(port, "/organisationer?q=aarhus&type=kommune&region=1082");
        assertThat(aarhus).contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl
                        + "organisationer?q=aarhus&amp;type=kommune&amp;region=1082\">")
                .contains("value=\"aarhus\"", "<option value=\"kommune\" selected>Kommuner</option>",
                        "<option value=\"1082\" selected lang=\"da\">Region Midtjylland</option>")
                .contains("<p id=\"organisations-count\" role=\"status\">1 organisation</p>")
                .containsSubsequence(">Aarhus Kommune</a>", "Kommune", "Region Midtjylland")
                .doesNotContain("organisations-pager");

        String second = readablePage(port, "/organisationer?type=kommune&side=4");
        assertThat(second).contains("Side 4 af 4", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        HttpResponse<String> past = get(port, "/organisationer?type=kommune&side=5");
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("href=\"/organisationer?type=kommune&amp;side=4\"");
        assertThat(past.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(get(port, "/sitemap.xml").body()).contains("<loc>" + baseUrl + "organisationer</loc>");
        assertThat(get(port, "/robots.txt").body()).contains("Disallow: /organisationer?");
    }

    /**
     * The review's findings: the form's empty fields made the address "?q=&type=&region="; a page far past the last
     * showed the first; "Århus" found nothing, as the register spells it "Aarhus".
     */
    @Test
    void theListHasOneAddressPerListSaysWhenAPageIsPastTheLastAndKnowsDanishSpellings() throws Exception {
        HttpResponse<String> empty = get(port, "/organisationer?q=&type=&region=");
        assertThat(empty.statusCode()).isEqualTo(301);
        assertThat(empty.headers().firstValue("Location")).hasValue("/organisationer");
        HttpResponse<String> partly = get(port, "/organisationer?q=job&type=&region=&side=1");
        assertThat(partly.statusCode()).isEqualTo(301);
        assertThat(partly.headers().firstValue("Location")).hasValue("/organisationer?q=job");

        HttpResponse<String> farPast = get(port, "/organisationer?side=9999999");
        assertThat(farPast.statusCode()).isEqualTo(404);
        assertThat(farPast.body()).contains("id=\"organisations-last\"").doesNotContain("<ul id=\"organisations\"");
        assertThat(get(port, "/organisationer?side=99999999999999999999999").statusCode()).isEqualTo(404);

        assertThat(readablePage(port, "/organisationer?q=%C3%85rhus&type=kommune"))
                .contains("<p id=\"organisations-count\" role=\"status\">1 organisation</p>", ">Aarhus Kommune</a>");
        assertThat(readablePage(port, "/organisationer?q=F%C3%A5borg")).contains(">Faaborg-Midtfyn Kommune</a>");
        assertThat(readablePage(port, "/organisationer?q=Koege")).contains(">Køge Kommune</a>");
    }
}
