package dk.coi.portal.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether comparing two texts line by line is affordable. The line diff (Myers) costs about (N + M) · D for texts
 * of N and M lines that differ in D lines, which is quadratic for texts that share little; D is at least the
 * number of lines either text has that the other lacks, counted here in linear time. A comparison over the budget
 * is shown coarsely (the one text removed, the other added) instead of tying up the server.
 */
public final class DiffCost {

    /** Line comparisons a diff may cost: a few tens of milliseconds. */
    static final long BUDGET = 20_000_000L;
    /** Lines longer than this are not compared word by word. */
    static final int LONGEST_LINE_COMPARED_BY_WORD = 5_000;

    private DiffCost() {
    }

    public static boolean affordable(List<String> before, List<String> after) {
        Map<String, Integer> balance = new HashMap<>();
        before.forEach(line -> balance.merge(line, 1, Integer::sum));
        after.forEach(line -> balance.merge(line, -1, Integer::sum));
        long differing = balance.values().stream().mapToLong(Math::abs).sum();
        return differing * (before.size() + after.size()) <= BUDGET;
    }

    static boolean comparableByWord(List<String> before, List<String> after) {
        return before.stream().allMatch(line -> line.length() <= LONGEST_LINE_COMPARED_BY_WORD)
                && after.stream().allMatch(line -> line.length() <= LONGEST_LINE_COMPARED_BY_WORD);
    }
}
