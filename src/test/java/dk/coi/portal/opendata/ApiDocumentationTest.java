package dk.coi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The code lists: each once, and never one list named for two parameters that take different values. */
class ApiDocumentationTest {

    private static List<String> codes(int from) {
        return IntStream.range(from, from + ApiDocumentation.CODE_LIST_LENGTH).mapToObj(Integer::toString).toList();
    }

    private static ApiDocumentation.Operation taking(String path, List<String> values) {
        return new ApiDocumentation.Operation("GET", path, null, null, List.of(new ApiDocumentation.Parameter(
                "kommune", "query", false, null, values)), List.of(), path);
    }

    private static ApiDocumentation documenting(ApiDocumentation.Operation... operations) {
        return new ApiDocumentation(null, null, null, List.of(operations), List.of());
    }

    @Test
    void aListTakenByTwoOperationsIsShownOnce() {
        ApiDocumentation api = documenting(taking("/a", codes(100)), taking("/b", codes(100)));
        assertThat(api.codeLists()).singleElement().extracting(ApiDocumentation.CodeList::values)
                .isEqualTo(codes(100));
        assertThat(api.sections()).contains(OpenDataSection.CODES);
    }

    @Test
    void twoParametersOfOneNameWithDifferentValuesAreRefused() {
        ApiDocumentation api = documenting(taking("/a", codes(100)), taking("/b", codes(200)));
        assertThatThrownBy(api::codeLists).isInstanceOf(IllegalStateException.class).hasMessageContaining("kommune");
    }
}
