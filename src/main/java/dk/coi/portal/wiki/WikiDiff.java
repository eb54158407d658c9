package dk.coi.portal.wiki;

import dk.coi.portal.shared.SafeHtml;
import java.util.List;

/**
 * The difference between two revisions of a page, line by line with changed words marked: side by side
 * ({@code lines}) and as one merged text ({@code inline}). All text is HTML-escaped; the only markup is
 * {@code <del>} and {@code <ins>}.
 */
public record WikiDiff(long fromRevision, long toRevision, List<Line> lines, List<SafeHtml> inline) {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    public record Line(Change change, SafeHtml before, SafeHtml after) {
    }

    public boolean identical() {
        return lines.stream().allMatch(line -> line.change() == Change.SAME);
    }
}
