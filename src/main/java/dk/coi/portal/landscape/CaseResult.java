package dk.coi.portal.landscape;

import java.time.LocalDate;

/**
 * One structured result of a case, as written and as shown: what was measured (required), its unit (required when a
 * baseline, target or result is given), the baseline, the target and the result as written ("8,66"), the comparison
 * group, the period and the source. An expected result (not yet measured) has a follow-up date.
 */
public record CaseResult(String metric, String unit, String baseline, String target, String result,
                         String comparisonGroup, String period, String source, boolean expected, LocalDate followUp) {

    /** A result with only its metric, the form's empty line. */
    public static CaseResult empty() {
        return new CaseResult("", "", "", "", "", "", "", "", false, null);
    }
}
