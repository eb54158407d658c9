package dk.coi.portal.shared;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What comparing two texts may cost. The line diff (Myers) costs about (N + M) · D for texts of N and M lines
 * that differ in D lines, which is quadratic for texts that share little. {@link #affordable} rules out in linear
 * time what certainly costs too much (D is at least the lines either text has that the other lacks), and
 * {@link #lineDiff} stops the diff itself once D passes what the budget allows, since lines moved around cost as
 * much without being missing from either text. A changed stretch is compared word by word only while its words
 * fit the budget too ({@link #wordsWithinBudget}). Over the budget a comparison is shown coarser instead of tying
 * up the server.
 */
public final class DiffCost {

    /** Line comparisons a diff may cost: a few tens of milliseconds. */
    static final long BUDGET = 20_000_000L;
    /** Lines longer than this are not compared word by word. */
    static final int LONGEST_LINE_COMPARED_BY_WORD = 5_000;
    /** Where java-diff-utils splits a line into words (its SPLITTER_BY_WORD): each match separates two words. */
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+|[,.\\[\\](){}/\\\\*+\\-#<>;:&']+");

    private DiffCost() {
    }

    public static boolean affordable(List<String> before, List<String> after) {
        Map<String, Integer> balance = new HashMap<>();
        before.forEach(line -> balance.merge(line, 1, Integer::sum));
        after.forEach(line -> balance.merge(line, -1, Integer::sum));
        long differing = balance.values().stream().mapToLong(Math::abs).sum();
        return differing * (before.size() + after.size()) <= BUDGET;
    }

    /** The line diff of two texts, or empty when it would cost more than the budget. */
    public static Optional<Patch<String>> lineDiff(List<String> before, List<String> after) {
        if (!affordable(before, after)) {
            return Optional.empty();
        }
        long furthest = BUDGET / Math.max(1, before.size() + after.size());
        try {
            return Optional.of(DiffUtils.diff(before, after, new StopBeyond(furthest)));
        } catch (OverBudget tooDifferent) {
            return Optional.empty();
        }
    }

    /**
     * The patch with each changed stretch too long to compare word by word within the budget turned into its
     * lines removed and added, so a line-and-word diff shows it without word marks.
     */
    static Patch<String> wordsWithinBudget(Patch<String> patch) {
        Patch<String> bounded = new Patch<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            if (delta.getType() == DeltaType.CHANGE && !wordsAffordable(delta)) {
                Chunk<String> source = delta.getSource();
                Chunk<String> target = delta.getTarget();
                bounded.addDelta(new DeleteDelta<>(source, new Chunk<>(target.getPosition(), List.of())));
                bounded.addDelta(new InsertDelta<>(new Chunk<>(source.getPosition() + source.size(), List.of()),
                        target));
            } else {
                bounded.addDelta(delta);
            }
        }
        return bounded;
    }

    static boolean comparableByWord(List<String> before, List<String> after) {
        return before.stream().allMatch(line -> line.length() <= LONGEST_LINE_COMPARED_BY_WORD)
                && after.stream().allMatch(line -> line.length() <= LONGEST_LINE_COMPARED_BY_WORD);
    }

    /** Myers' word diff of the stretch costs at most the square of its words, whatever they are. */
    private static boolean wordsAffordable(AbstractDelta<String> delta) {
        long words = words(delta.getSource().getLines()) + words(delta.getTarget().getLines());
        return words * words <= BUDGET;
    }

    private static long words(List<String> lines) {
        return lines.stream().mapToLong(line -> 2 * WORD_BREAK.matcher(line).results().count() + 1).sum();
    }

    /** Stops Myers' diff once the edit distance it has reached passes {@code furthest}. */
    private record StopBeyond(long furthest) implements DiffAlgorithmListener {

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > furthest) {
                throw new OverBudget();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }
}
