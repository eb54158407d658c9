package dk.coi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
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

    @Test
    void theDocumentationIsReadOutsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
        ApiDocumentation api = new OpenDataDocumentation(openApi, cases, address).api();
        assertThat(api.operations()).extracting(ApiDocumentation.Operation::path).contains("/api/v1/cases");
        assertThat(api.operations()).allSatisfy(operation -> assertThat(operation.example())
                .startsWith(address.link("/api/v1")));
    }

    @Test
    void withoutSpringdocThereIsNoOperation() {
        ObjectProvider<OpenApiWebMvcResource> none = new StaticListableBeanFactory()
                .getBeanProvider(OpenApiWebMvcResource.class);
        ApiDocumentation api = new OpenDataDocumentation(none, cases, address).api();
        assertThat(api.operations()).isEmpty();
        assertThat(api.version()).isNull();
    }
}
