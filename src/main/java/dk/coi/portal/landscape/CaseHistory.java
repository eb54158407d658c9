package dk.coi.portal.landscape;

import java.util.List;

/**
 * A case's versions, newest first, and (when two were asked for) the difference between them, field by field: only
 * the fields that changed, each as its value in either version. Values are meaning, not words: the screen puts
 * choices and expected results into the reader's language. {@code mayRestore}: the person may restore an older
 * version.
 */
public record CaseHistory(CaseScreen kase, List<CaseRevision> revisions, Comparison diff, boolean mayRestore) {

    public CaseHistory {
        revisions = List.copyOf(revisions);
    }

    /** Two versions compared, the older first; each changed field's label key and its values. */
    public record Comparison(CaseRevision from, CaseRevision to, List<FieldChange> fields) {
    }

    public record FieldChange(String labelKey, FieldValue before, FieldValue after) {
    }

    /** A field's value in one version. */
    public sealed interface FieldValue {

        /** Text as written (null as empty). */
        record Text(String text) implements FieldValue {
        }

        /** One of a field's choices, by its translation key. */
        record Choice(String labelKey) implements FieldValue {
        }

        /** The results, in order. */
        record Results(List<CaseResult> results) implements FieldValue {

            public Results {
                results = List.copyOf(results);
            }
        }
    }
}
