package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A facet value's tick has an id of its own: values whose hashes are equal ("Aa" and "BB"), or that differ only in a
 * character an id cannot hold, get different ids, each made of an id's safe characters and the same every time.
 */
class CaseFacetValueTest {

    private static String idOf(CaseFacet facet, String value) {
        return new CaseFacetValue(facet, value, null, value, 1, false, "landskab").elementId();
    }

    @Test
    void valuesOfEqualHashOrSpelledAlikeGetDifferentStableIds() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        List<String> values = List.of("Aa", "BB", "sms", "sms app", "sms-app", "sms_app", "smsæpp", "æ", "_e6_");
        List<String> ids = values.stream().map(value -> idOf(CaseFacet.TAG, value)).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("facet-emne-[a-z0-9_-]+"));
        assertThat(idOf(CaseFacet.TAG, "sms app")).isEqualTo("facet-emne-sms_20_app");
        assertThat(idOf(CaseFacet.MUNICIPALITY, "751")).isEqualTo("facet-kommune-751");
        assertThat(idOf(CaseFacet.SECTOR, "elderly-care")).isEqualTo("facet-sektor-elderly-care");
    }
}
