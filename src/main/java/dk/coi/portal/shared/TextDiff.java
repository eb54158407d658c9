package dk.coi.portal.shared;

import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The difference between two texts, line by line with the changed words marked (java-diff-utils): side by side
 * ({@code lines}) and as one merged text ({@code inline}). The texts are compared as they are; the result is
 * escaped afterwards and only then given {@code <del>} and {@code <ins>}, so nothing in a text becomes markup.
 */
public record TextDiff(List<Line> lines, List<SafeHtml> inline) {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    public record Line(Change change, SafeHtml before, SafeHtml after) {
    }

    /**
     * A stretch of changed lines with up to {@code context} unchanged lines around it, and the numbers (from 1) of
     * its first line in each text, as MediaWiki shows a diff; {@code inline} holds the same lines merged.
     */
    public record Hunk(int firstLineBefore, int firstLineAfter, List<Line> lines, List<SafeHtml> inline) {

        /** The stretch's first {@code count} lines. */
        Hunk first(int count) {
            return new Hunk(firstLineBefore, firstLineAfter, lines.subList(0, count), inline.subList(0, count));
        }
    }

    /**
     * What a page shows of the difference, wherever it is shown (a Vaadin screen or a server-rendered page): the
     * changed stretches with {@link #CONTEXT_LINES} lines of context, or ({@code whole}) the whole text as one
     * stretch; at most {@link #MOST_LINES_SHOWN} lines, and whether more were left out ({@code cut}) of the
     * {@code allLines} lines of the whole difference.
     */
    public record Shown(List<Hunk> hunks, boolean whole, boolean cut, int allLines) {
    }

    /** Unchanged lines shown around each change, as MediaWiki does. */
    public static final int CONTEXT_LINES = 3;
    /** Lines shown at most: a browser page holds no more, and the rest is said, not shown. */
    public static final int MOST_LINES_SHOWN = 3000;

    private static final char DEL_START = '\uE002';
    private static final char DEL_END = '\uE003';
    private static final char INS_START = '\uE004';
    private static final char INS_END = '\uE005';
    private static final Pattern MARKERS = Pattern.compile("[\uE002-\uE005]");
    private static final DiffRowGenerator SIDE_BY_SIDE = generator(false);
    private static final DiffRowGenerator MERGED = generator(true);

    /**
     * The difference between two texts; texts too different to compare affordably ({@link DiffCost}) or with very
     * long lines are compared coarsely (whole lines removed and added, no word marks), as are changed stretches
     * too long to compare word by word.
     */
    public static TextDiff between(String before, String after) {
        List<String> oldLines = before.lines().toList();
        List<String> newLines = after.lines().toList();
        Optional<Patch<String>> patch = DiffCost.lineDiff(oldLines, newLines);
        if (patch.isEmpty()) {
            return coarse(oldLines, newLines);
        }
        if (!DiffCost.comparableByWord(oldLines, newLines)) {
            return byLine(oldLines, patch.get());
        }
        Patch<String> bounded = DiffCost.wordsWithinBudget(patch.get());
        List<Line> lines = SIDE_BY_SIDE.generateDiffRows(oldLines, bounded).stream()
                .map(row -> new Line(change(row.getTag()), toHtml(row.getOldLine()), toHtml(row.getNewLine())))
                .toList();
        List<SafeHtml> inline = MERGED.generateDiffRows(oldLines, bounded).stream()
                .map(row -> toHtml(row.getOldLine()))
                .toList();
        return new TextDiff(lines, inline);
    }

    /** Same lines kept, changed stretches as whole lines removed and added (long lines, no word marks). */
    private static TextDiff byLine(List<String> oldLines, Patch<String> patch) {
        Builder builder = new Builder();
        int at = 0;
        for (var delta : patch.getDeltas()) {
            oldLines.subList(at, delta.getSource().getPosition()).forEach(builder::same);
            delta.getSource().getLines().forEach(builder::removed);
            delta.getTarget().getLines().forEach(builder::added);
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        oldLines.subList(at, oldLines.size()).forEach(builder::same);
        return builder.build();
    }

    /** The lines both texts start and end with kept; everything between removed and added. */
    private static TextDiff coarse(List<String> oldLines, List<String> newLines) {
        int prefix = 0;
        int shorter = Math.min(oldLines.size(), newLines.size());
        while (prefix < shorter && oldLines.get(prefix).equals(newLines.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && oldLines.get(oldLines.size() - 1 - suffix).equals(newLines.get(newLines.size() - 1 - suffix))) {
            suffix++;
        }
        Builder builder = new Builder();
        oldLines.subList(0, prefix).forEach(builder::same);
        oldLines.subList(prefix, oldLines.size() - suffix).forEach(builder::removed);
        newLines.subList(prefix, newLines.size() - suffix).forEach(builder::added);
        oldLines.subList(oldLines.size() - suffix, oldLines.size()).forEach(builder::same);
        return builder.build();
    }

    private static final class Builder {

        private final List<Line> lines = new ArrayList<>();
        private final List<SafeHtml> inline = new ArrayList<>();

        void same(String line) {
            SafeHtml html = SafeHtml.escaped(line);
            lines.add(new Line(Change.SAME, html, html));
            inline.add(html);
        }

        void removed(String line) {
            SafeHtml html = toHtml(DEL_START + unmarked(line) + DEL_END);
            lines.add(new Line(Change.REMOVED, html, SafeHtml.empty()));
            inline.add(html);
        }

        void added(String line) {
            SafeHtml html = toHtml(INS_START + unmarked(line) + INS_END);
            lines.add(new Line(Change.ADDED, SafeHtml.empty(), html));
            inline.add(html);
        }

        private static String unmarked(String line) {
            return MARKERS.matcher(line).replaceAll("");
        }

        TextDiff build() {
            return new TextDiff(List.copyOf(lines), List.copyOf(inline));
        }
    }

    /** About how many characters it holds, to bound a cache of differences by. */
    public int weight() {
        long characters = 0;
        for (Line line : lines) {
            characters += line.before().html().length() + line.after().html().length();
        }
        for (SafeHtml line : inline) {
            characters += line.html().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, characters);
    }

    public boolean identical() {
        return lines.stream().allMatch(line -> line.change() == Change.SAME);
    }

    /** The changed stretches with {@code context} unchanged lines around each; stretches that touch are joined. */
    public List<Hunk> hunks(int context) {
        int[] beforeNumbers = new int[lines.size()];
        int[] afterNumbers = new int[lines.size()];
        int before = 1;
        int after = 1;
        for (int i = 0; i < lines.size(); i++) {
            beforeNumbers[i] = before;
            afterNumbers[i] = after;
            Change change = lines.get(i).change();
            before += change == Change.ADDED ? 0 : 1;
            after += change == Change.REMOVED ? 0 : 1;
        }
        List<Hunk> hunks = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).change() == Change.SAME) {
                continue;
            }
            int from = Math.max(0, i - context);
            if (start >= 0 && from > end) {
                hunks.add(hunk(start, end, beforeNumbers, afterNumbers));
                start = -1;
            }
            if (start < 0) {
                start = from;
            }
            end = Math.min(lines.size(), i + context + 1);
        }
        if (start >= 0) {
            hunks.add(hunk(start, end, beforeNumbers, afterNumbers));
        }
        return hunks;
    }

    /** The changed stretches with context, or ({@code whole}) the whole text, within what a page shows. */
    public Shown shown(boolean whole) {
        List<Hunk> shown = new ArrayList<>();
        int room = MOST_LINES_SHOWN;
        boolean cut = false;
        for (Hunk hunk : whole ? List.of(whole()) : hunks(CONTEXT_LINES)) {
            if (hunk.lines().size() > room) {
                if (room > 0) {
                    shown.add(hunk.first(room));
                }
                cut = true;
                break;
            }
            shown.add(hunk);
            room -= hunk.lines().size();
        }
        return new Shown(List.copyOf(shown), whole, cut, lines.size());
    }

    /** The whole text as one stretch. */
    public Hunk whole() {
        return new Hunk(1, 1, lines, inline);
    }

    private Hunk hunk(int start, int end, int[] beforeNumbers, int[] afterNumbers) {
        return new Hunk(beforeNumbers[start], afterNumbers[start], lines.subList(start, end), inline.subList(start, end));
    }

    /**
     * A changed line as HTML; one with no text but marks and white space (a blank line added or removed) is empty, as
     * a missing line is: nothing to read, so a phone does not label it "Efter:" with nothing after it.
     */
    private static SafeHtml toHtml(String marked) {
        if (MARKERS.matcher(marked).replaceAll("").isBlank()) {
            return SafeHtml.empty();
        }
        String html = HtmlUtils.htmlEscape(marked, "UTF-8")
                .replace(String.valueOf(DEL_START), "<del>").replace(String.valueOf(DEL_END), "</del>")
                .replace(String.valueOf(INS_START), "<ins>").replace(String.valueOf(INS_END), "</ins>");
        return SafeHtml.trusted(html);
    }

    private static Change change(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> Change.SAME;
            case CHANGE -> Change.CHANGED;
            case INSERT -> Change.ADDED;
            case DELETE -> Change.REMOVED;
        };
    }

    private static DiffRowGenerator generator(boolean merged) {
        return DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(merged)
                // Compare the text itself (no HTML escaping yet), without anything that could pose as a mark.
                .lineNormalizer(line -> MARKERS.matcher(line).replaceAll("").replace("\t", "    "))
                .oldTag(start -> String.valueOf(start ? DEL_START : DEL_END))
                .newTag(start -> String.valueOf(start ? INS_START : INS_END))
                .build();
    }
}
