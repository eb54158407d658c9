package dk.coi.portal.landscape;

import dk.coi.portal.shared.DateFormats;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

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

        /**
         * The value in the reader's words, as both history screens compare it: a choice translated, results one a line
         * with their follow-up date ({@code translator}: a key and arguments to text in {@code locale}).
         */
        default String inWords(BiFunction<String, Object[], String> translator, Locale locale) {
            return switch (this) {
                case Text text -> text.text();
                case Choice choice -> translator.apply(choice.labelKey(), new Object[0]);
                case Results results -> String.join("\n", results.results().stream()
                        .map(result -> String.join(" | ", result.metric(), result.unit(), result.baseline(),
                                result.target(), result.result(), result.comparisonGroup(), result.period(),
                                result.source(), result.expected() && result.followUp() != null ? translator.apply(
                                        "landscape.result.expected-until", new Object[] {DateFormats.longDate(
                                                result.followUp(), locale)}) : ""))
                        .toList());
            };
        }

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
