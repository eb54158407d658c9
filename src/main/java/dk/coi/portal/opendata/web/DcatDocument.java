package dk.coi.portal.opendata.web;

import dk.coi.portal.opendata.OpenDataDocumentation;
import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.shared.web.PublicResponses;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset's DCAT-AP-DK metadata ({@link DcatCatalogue}) as a file of its own, {@code application/ld+json}, for
 * data portals to harvest: the same for everyone, signed in or not, in both languages, and the same document the
 * page about the open data carries in its head. Served statelessly with CORS for any origin, as the API is
 * ({@code ApiConfiguration}), so a harvester running in a browser may read it.
 */
@RestController
// Metadata about the API's data, not an operation of the API: left out of its OpenAPI document.
@Hidden
class DcatDocument {

    static final String ADDRESS = "/" + OpenDataAddresses.PAGE + "/dcat.jsonld";
    static final MediaType JSON_LD = new MediaType("application", "ld+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenDataDocumentation documentation;
    private final DcatCatalogue dcat;
    private final PublicResponses responses;

    DcatDocument(OpenDataDocumentation documentation, DcatCatalogue dcat, PublicResponses responses) {
        this.documentation = documentation;
        this.dcat = dcat;
        this.responses = responses;
    }

    /** As the API's answers, kept a minute; the same for every reader (both languages in it), so not per cookie. */
    @GetMapping(ADDRESS)
    ResponseEntity<byte[]> catalogue(HttpServletRequest request) {
        return responses.file(request, JSON_LD, JSON.writeValueAsBytes(dcat.document(documentation.dataset())),
                Duration.ofMinutes(1));
    }
}
