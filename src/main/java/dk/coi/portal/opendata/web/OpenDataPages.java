package dk.coi.portal.opendata.web;

import dk.coi.portal.opendata.ApiDocumentation;
import dk.coi.portal.opendata.OpenDataDocumentation;
import dk.coi.portal.opendata.OpenDataset;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page about the open data for readers who are not signed in (signed-in people get {@code ui.OpenDataView} at the
 * same address, from the same service calls): what the dataset holds, its licence and how to credit it, how often it
 * changes, the downloads, and the API documented from its OpenAPI document, with the dataset's DCAT-AP-DK metadata in
 * the head for harvesters.
 */
@PublicPages
class OpenDataPages {

    private final OpenDataDocumentation documentation;
    private final DcatCatalogue dcat;
    private final PageFrames frames;
    private final PublicResponses responses;

    OpenDataPages(OpenDataDocumentation documentation, DcatCatalogue dcat, PageFrames frames,
                  PublicResponses responses) {
        this.documentation = documentation;
        this.dcat = dcat;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + OpenDataAddresses.PAGE)
    ResponseEntity<byte[]> page(HttpServletRequest request) {
        OpenDataset dataset = documentation.dataset();
        PageFrame frame = frames.translatedPage(request, "opendata.title", "opendata.intro", OpenDataAddresses.PAGE)
                .withLinkedData(dcat.document(dataset));
        ApiDocumentation api = documentation.api(frame.locale());
        return responses.page(request, "opendata/page.jte", Map.of("frame", frame, "api", api,
                "lastChange", dataset.lastChange().map(changed -> DateFormats.longDate(
                        DateFormats.danishDate(changed), frame.locale())).orElse("")));
    }
}
