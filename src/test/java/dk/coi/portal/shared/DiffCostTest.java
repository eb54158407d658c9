package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Whether comparing two texts line by line is affordable (no Spring, no database). */
class DiffCostTest {

    private static List<String> lines(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void theBudgetIsTwentyMillionLineComparisons() {
        assertThat(DiffCost.BUDGET).isEqualTo(20_000_000L);
    }

    @Test
    void textsThatShareEveryLineAreAlwaysAffordable() {
        List<String> many = lines("linje ", 100_000);
        assertThat(DiffCost.affordable(many, many)).isTrue();
        assertThat(DiffCost.affordable(List.of(), List.of())).isTrue();
    }

    @Test
    void theCostIsTheLinesEitherTextLacksTimesAllLinesUpToTheBudgetInclusive() {
        List<String> shared = lines("fælles ", 4000);
        // 2000 differing lines × (6000 + 4000) lines = 20,000,000: exactly the budget.
        assertThat(DiffCost.affordable(concat(shared, lines("gammel ", 2000)), shared)).isTrue();
        // 2001 × 10,001 is over it.
        assertThat(DiffCost.affordable(concat(shared, lines("gammel ", 2001)), shared)).isFalse();
        // The same holds for lines added instead of removed.
        assertThat(DiffCost.affordable(shared, concat(shared, lines("ny ", 2001)))).isFalse();
    }

    @Test
    void twoTextsWithNothingInCommonAreAffordableOnlyWhenSmall() {
        // 2n differing lines × 2n lines: affordable up to n = 2236.
        assertThat(DiffCost.affordable(lines("a", 2236), lines("b", 2236))).isTrue();
        assertThat(DiffCost.affordable(lines("a", 2237), lines("b", 2237))).isFalse();
        assertThat(DiffCost.affordable(List.of(), lines("ny ", 4472))).isTrue();
        assertThat(DiffCost.affordable(List.of(), lines("ny ", 4473))).isFalse();
    }

    @Test
    void repeatedLinesAreCountedAsOftenAsTheyOccur() {
        List<String> fifty = Collections.nCopies(50, "");
        // 2000 blank lines against 50: 1950 lines lacking × 2050 lines.
        assertThat(DiffCost.affordable(Collections.nCopies(2000, ""), fifty)).isTrue();
        // 10,000 blank lines against none: 10,000 × 10,000 is over the budget.
        assertThat(DiffCost.affordable(Collections.nCopies(10_000, ""), List.of())).isFalse();
        assertThat(DiffCost.affordable(Collections.nCopies(10_000, "x"), Collections.nCopies(10_000, "x"))).isTrue();
    }

    @Test
    void linesMovedAroundAreNotCountedAsDiffering() {
        // The count is a lower bound of the diff's cost: a reordering shares every line.
        List<String> ordered = lines("linje ", 10_000);
        List<String> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        assertThat(DiffCost.affordable(ordered, reversed)).isTrue();
    }

    @Test
    void theLineDiffStopsOnceLinesMovedAroundCostMoreThanTheBudget() {
        List<String> ordered = lines("linje ", 5_000);
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(DiffCost.affordable(ordered, shuffled)).as("no line is missing from either").isTrue();
        assertThat(DiffCost.lineDiff(ordered, shuffled)).as("but thousands of lines moved").isEmpty();

        List<String> twoSwapped = new ArrayList<>(ordered);
        Collections.swap(twoSwapped, 10, 4_000);
        assertThat(DiffCost.lineDiff(ordered, twoSwapped)).get()
                .satisfies(patch -> assertThat(patch.getDeltas()).hasSize(2));
    }

    @Test
    void aChangedStretchIsComparedByWordOnlyWhileItsWordsFitTheBudget() {
        List<String> before = lines("ord ".repeat(49) + "gammel ", 200);
        List<String> after = lines("nyt ".repeat(49) + "ny ", 200);
        var patch = DiffCost.lineDiff(before, after).orElseThrow();
        assertThat(patch.getDeltas()).extracting(delta -> delta.getType().name()).containsExactly("CHANGE");
        assertThat(DiffCost.wordsWithinBudget(patch).getDeltas()).extracting(delta -> delta.getType().name())
                .as("20,000 words each way are too many to compare word by word").containsExactly("DELETE", "INSERT");

        var small = DiffCost.lineDiff(before.subList(0, 5), after.subList(0, 5)).orElseThrow();
        assertThat(DiffCost.wordsWithinBudget(small).getDeltas()).extracting(delta -> delta.getType().name())
                .containsExactly("CHANGE");
    }

    @Test
    void linesUpTo5000CharactersAreComparedByWord() {
        String longest = "x".repeat(DiffCost.LONGEST_LINE_COMPARED_BY_WORD);
        assertThat(DiffCost.LONGEST_LINE_COMPARED_BY_WORD).isEqualTo(5000);
        assertThat(DiffCost.comparableByWord(List.of("a", longest), List.of(longest, ""))).isTrue();
        assertThat(DiffCost.comparableByWord(List.of(longest + "x"), List.of("a"))).isFalse();
        assertThat(DiffCost.comparableByWord(List.of("a"), List.of("b", longest + "x"))).isFalse();
        assertThat(DiffCost.comparableByWord(List.of(), List.of())).isTrue();
    }
}
