package dk.coi.portal.wiki.internal;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.wiki.WikiDiff;
import java.util.List;

/**
 * Line diffs with the changed words marked, by java-diff-utils. Its default line normaliser escapes HTML,
 * so the only markup in the result is the {@code <del>}/{@code <ins>} it adds.
 */
public final class RevisionDiffer {

    private static final DiffRowGenerator SIDE_BY_SIDE = generator(false);
    private static final DiffRowGenerator MERGED = generator(true);

    private RevisionDiffer() {
    }

    public static WikiDiff diff(long fromRevision, String before, long toRevision, String after) {
        List<String> oldLines = before.lines().toList();
        List<String> newLines = after.lines().toList();
        List<WikiDiff.Line> lines = SIDE_BY_SIDE.generateDiffRows(oldLines, newLines).stream()
                .map(row -> new WikiDiff.Line(change(row.getTag()), new SafeHtml(row.getOldLine()),
                        new SafeHtml(row.getNewLine())))
                .toList();
        List<SafeHtml> inline = MERGED.generateDiffRows(oldLines, newLines).stream()
                .map(row -> new SafeHtml(row.getOldLine()))
                .toList();
        return new WikiDiff(fromRevision, toRevision, lines, inline);
    }

    private static WikiDiff.Change change(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> WikiDiff.Change.SAME;
            case CHANGE -> WikiDiff.Change.CHANGED;
            case INSERT -> WikiDiff.Change.ADDED;
            case DELETE -> WikiDiff.Change.REMOVED;
        };
    }

    private static DiffRowGenerator generator(boolean merged) {
        return DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(merged)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
    }
}
