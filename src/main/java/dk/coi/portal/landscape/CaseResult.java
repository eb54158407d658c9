package dk.coi.portal.landscape;

import java.time.LocalDate;

/**
 * One structured result of a case, as written and as shown: what was measured (required), its unit (required when a
 * baseline, target or result is given), the baseline, the target and the result as written ("8,66"), the comparison
 * group, the period and the source. An expected result (not yet measured) has a follow-up date. {@code id} is the
 * stored result it is (null: a new one), so that what is kept about a result (its follow-up reminder) stays with it
 * when the results before it are removed or others are added.
 */
public record CaseResult(String metric, String unit, String baseline, String target, String result,
                         String comparisonGroup, String period, String source, boolean expected, LocalDate followUp,
                         Long id) {

    /** A new result, not stored yet. */
    public CaseResult(String metric, String unit, String baseline, String target, String result,
                      String comparisonGroup, String period, String source, boolean expected, LocalDate followUp) {
        this(metric, unit, baseline, target, result, comparisonGroup, period, source, expected, followUp, null);
    }

    /** What it says, whichever stored result it is: for comparing two versions' results. */
    public CaseResult content() {
        return id == null ? this : new CaseResult(metric, unit, baseline, target, result, comparisonGroup, period,
                source, expected, followUp);
    }

    /** A result with only its metric, the form's empty line. */
    public static CaseResult empty() {
        return new CaseResult("", "", "", "", "", "", "", "", false, null);
    }
}
