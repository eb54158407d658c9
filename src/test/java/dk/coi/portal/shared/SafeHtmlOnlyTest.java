package dk.coi.portal.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only {@link SafeHtml} reaches a page as HTML, and only through the shared UI kit. */
class SafeHtmlOnlyTest {

    private static final String UI_KIT = "dk.coi.portal.shared.ui..";

    @Test
    void noViewBuildsHtmlComponentsFromStrings() {
        JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.coi.portal");
        noClasses().that().resideOutsideOfPackage(UI_KIT).should().dependOnClassesThat().areAssignableTo(Html.class)
                .because("HTML reaches a page only as SafeHtml through dk.coi.portal.shared.ui.SafeHtmlContent")
                .check(portal);
    }

    @Test
    void noCodeOutsideTheUiKitSetsInnerHtml() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().contains("/shared/ui/"))
                    .filter(SafeHtmlOnlyTest::mentionsInnerHtml))
                    .as("files that set innerHTML or outerHTML").isEmpty();
        }
    }

    private static boolean mentionsInnerHtml(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("innerHTML") || source.contains("outerHTML") || source.contains("insertAdjacentHTML");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
