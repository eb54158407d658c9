package dk.coi.portal.landscape;

import dk.coi.portal.shared.TextDiff;
import java.util.List;

/**
 * A case's versions, newest first, and (when two were asked for) the difference between them, field by field, as
 * text: only the fields that changed. {@code mayRestore}: the person may restore an older version.
 */
public record CaseHistory(CaseScreen kase, List<CaseRevision> revisions, Comparison diff, boolean mayRestore) {

    public CaseHistory {
        revisions = List.copyOf(revisions);
    }

    /** Two versions compared, the older first; each changed field's label key and its difference. */
    public record Comparison(CaseRevision from, CaseRevision to, List<FieldDiff> fields) {
    }

    public record FieldDiff(String labelKey, TextDiff diff) {
    }
}
