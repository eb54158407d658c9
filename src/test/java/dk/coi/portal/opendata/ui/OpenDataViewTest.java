package dk.coi.portal.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import dk.coi.portal.identity.Role;
import dk.coi.portal.opendata.ApiDocumentation;
import dk.coi.portal.opendata.OpenDataDocumentation;
import dk.coi.portal.opendata.OpenDataSection;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the signed-in page about the open data has a section for every operation of the API's documentation,
 * its OpenAPI texts marked English inside the Danish page (WCAG 3.1.2).
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class OpenDataViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    OpenDataDocumentation documentation;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void everyOperationOfTheDocumentHasItsSectionWithItsTextsInTheReadersLanguage() {
        signedIn.newPerson("Vera Visning", Role.EMPLOYEE);
        navigate(OpenDataView.class);

        ApiDocumentation api = documentation.api(PortalLocales.DANISH);
        assertThat(api.operations()).isNotEmpty();
        for (ApiDocumentation.Operation operation : api.operations()) {
            Section section = $view(Section.class).id(operation.anchor());
            Element heading = section.getElement().getChild(0);
            assertThat(heading.getTextRecursively()).isEqualTo(operation.method() + " " + operation.path());
            if (operation.summary() != null) {
                assertThat(section.getElement().getChildren()
                        .filter(child -> operation.summary().equals(child.getText()))).hasSize(1);
            }
            assertThat(section.getElement().getChildren().map(Element::getTextRecursively))
                    .anyMatch(text -> text.contains(operation.example()));
        }
    }

    /** As on the reading page: the contents after the introduction, linking to each part and each operation. */
    @Test
    void theContentsComeFirstAndLinkToEveryPartAndOperation() {
        signedIn.newPerson("Ida Indhold", Role.EMPLOYEE);
        OpenDataView view = navigate(OpenDataView.class);

        List<String> order = view.getElement().getChildren().filter(child -> !child.isTextNode())
                .map(child -> child.getAttribute("id")).toList();
        assertThat(order).containsSubsequence("opendata-intro", OpenDataSection.TABLE_OF_CONTENTS,
                OpenDataSection.DATASET.id());
        Nav contents = $view(Nav.class).id(OpenDataSection.TABLE_OF_CONTENTS);
        List<String> links = contents.getElement().getChildren().flatMap(OpenDataViewTest::descendants)
                .filter(element -> "a".equals(element.getTag())).map(element -> element.getAttribute("href")).toList();
        List<String> expected = new ArrayList<>();
        ApiDocumentation api = documentation.api(PortalLocales.DANISH);
        for (OpenDataSection part : api.sections()) {
            expected.add("/aabne-data#" + part.id());
            if (part == OpenDataSection.API) {
                api.operations().forEach(operation -> expected.add("/aabne-data#" + operation.anchor()));
            }
        }
        assertThat(links).containsExactlyElementsOf(expected);
        for (OpenDataSection part : OpenDataSection.values()) {
            assertThat($view(Section.class).id(part.id())).as("the part a link leads to").isNotNull();
        }
        for (ApiDocumentation.Operation operation : documentation.api(PortalLocales.DANISH).operations()) {
            assertThat($view(Section.class).id(operation.anchor()).getElement().getChildren().flatMap(
                    OpenDataViewTest::descendants).filter(element -> "a".equals(element.getTag()))
                    .map(element -> element.getAttribute("href")))
                    .as("the way back from " + operation.anchor()).contains("/aabne-data#opendata-toc");
        }
    }

    private static Stream<Element> descendants(Element element) {
        return element.isTextNode() ? Stream.empty()
                : Stream.concat(Stream.of(element), element.getChildren().flatMap(OpenDataViewTest::descendants));
    }
}
