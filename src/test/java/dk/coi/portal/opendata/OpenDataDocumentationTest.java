package dk.coi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.support.PortalTest;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The API's documentation is read without a reader's request (a Vaadin push message has none), and is empty, not an
 * error, when springdoc is switched off. A new instance each, so nothing read earlier by a page is reused.
 */
@PortalTest
class OpenDataDocumentationTest {

    @Autowired
    ObjectProvider<OpenApiWebMvcResource> openApi;
    @Autowired
    CaseService cases;
    @Autowired
    PortalAddress address;
    @Autowired
    Texts texts;
    @Autowired
    OpenDataDocumentation documentation;

    @Test
    void theDocumentationIsReadOutsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
        ApiDocumentation api = new OpenDataDocumentation(openApi, cases, address, texts, 120, 10)
                .api(PortalLocales.DANISH);
        assertThat(api.operations()).extracting(ApiDocumentation.Operation::path).contains("/api/v1/cases");
        assertThat(api.operations()).as("root-relative, as the page is read on any host")
                .allSatisfy(operation -> assertThat(operation.example()).startsWith("/api/v1"));
    }

    @Test
    void withoutSpringdocThereIsNoOperation() {
        ObjectProvider<OpenApiWebMvcResource> none = new StaticListableBeanFactory()
                .getBeanProvider(OpenApiWebMvcResource.class);
        ApiDocumentation api = new OpenDataDocumentation(none, cases, address, texts, 120, 10)
                .api(PortalLocales.DANISH);
        assertThat(api.operations()).isEmpty();
        assertThat(api.version()).isNull();
        assertThat(api.sections()).as("no code lists to show").doesNotContain(OpenDataSection.CODES)
                .contains(OpenDataSection.API);
    }

    /**
     * The trial's finding: the Danish page showed the API's reference in the document's English. Every text of the
     * document has its Danish translation, so a new operation or parameter without one fails here.
     */
    @Test
    void everyTextOfTheDocumentIsTranslatedIntoDanish() {
        ApiDocumentation danish = documentation.api(PortalLocales.DANISH);
        assertThat(danish.untranslated()).isEmpty();
        assertThat(danish.description()).contains("forespørgsler i minuttet").doesNotContain("{0}");
        ApiDocumentation.Operation cases = danish.operations().stream()
                .filter(operation -> operation.path().equals("/api/v1/cases")).findFirst().orElseThrow();
        assertThat(cases.summary()).isEqualTo("Offentliggjorte cases fra en søgning i kataloget");
        assertThat(cases.parameters()).filteredOn(parameter -> parameter.name().equals("kommune")).singleElement()
                .extracting(ApiDocumentation.Parameter::description).asString()
                .isEqualTo("Kommunen, casens organisation ligger i (officiel kode). Gentag for flere værdier (enhver af "
                        + "dem passer, højst 50); forskellige filtre afgrænser hinanden.");
        assertThat(cases.responses()).filteredOn(response -> response.status().equals("429")).singleElement()
                .extracting(ApiDocumentation.Response::description).asString().startsWith("For mange forespørgsler");
    }

    /** The English page's texts are the document's own, text for text: one English source, never a stale copy. */
    @Test
    void theEnglishTextsAreTheDocumentsOwn() throws Exception {
        ApiDocumentation english = documentation.api(PortalLocales.ENGLISH);
        OpenAPI document = Json31.mapper().readValue(openApi.getObject().openapiJson(
                new MockHttpServletRequest("GET", OpenDataAddresses.API_DOCUMENT),
                OpenDataAddresses.API_DOCUMENT, Locale.ENGLISH), OpenAPI.class);
        assertThat(english.untranslated()).isEmpty();
        assertThat(english.description()).isEqualTo(document.getInfo().getDescription());
        List<String> documented = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            documented.add(operation.getSummary());
            documented.add(operation.getDescription());
            Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of())
                    .forEach(parameter -> documented.add(parameter.getDescription()));
            operation.getResponses().values().forEach(response -> documented.add(response.getDescription()));
        }));
        List<String> shown = new ArrayList<>();
        english.operations().forEach(operation -> {
            shown.add(operation.summary());
            shown.add(operation.description());
            operation.parameters().forEach(parameter -> shown.add(parameter.description()));
            operation.responses().forEach(response -> shown.add(response.description()));
        });
        assertThat(shown).isEqualTo(documented).contains("Every case of a catalogue search as CSV");
    }
}
