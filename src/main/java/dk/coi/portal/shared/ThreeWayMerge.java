package dk.coi.portal.shared;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Merges two people's edits of the same text, each made from a common earlier version (the base), line by line
 * as MediaWiki and diff3 do: changes to different lines both stand; a change only one of them made stands; the
 * same change made by both stands once; changes to the same or touching lines overlap and are left for a person to
 * decide ({@link Result#overlaps()}), never decided silently. Texts too different to compare affordably
 * ({@link DiffCost}) overlap whole.
 */
public final class ThreeWayMerge {

    /** Lines of the base replaced by one side: base lines {@code [start, end)} became {@code lines}. */
    private record Change(int start, int end, List<String> lines, boolean ours) {
    }

    /**
     * Where both edited the same stretch of the base: what the base held there, what we made of it and what they
     * made of it.
     */
    public record Overlap(List<String> base, List<String> ours, List<String> theirs) {
    }

    /**
     * The merge: the text in pieces, each either settled text or an overlap still to decide. With no overlaps the
     * pieces join into the merged text.
     */
    public record Result(List<Piece> pieces) {

        public List<Overlap> overlaps() {
            return pieces.stream().map(Piece::overlap).filter(java.util.Objects::nonNull).toList();
        }

        public boolean clean() {
            return overlaps().isEmpty();
        }

        /** The merged text once each overlap is decided: {@code decisions} gives the lines for each, in order. */
        public String text(List<List<String>> decisions) {
            if (decisions.size() != overlaps().size()) {
                throw new IllegalArgumentException("Every overlap needs a decision");
            }
            List<String> lines = new ArrayList<>();
            int decided = 0;
            for (Piece piece : pieces) {
                lines.addAll(piece.overlap() == null ? piece.settled() : decisions.get(decided++));
            }
            return String.join("\n", lines);
        }

        /** The merged text of a merge without overlaps. */
        public String text() {
            return text(List.of());
        }
    }

    /** Settled lines, or an overlap. */
    public record Piece(List<String> settled, Overlap overlap) {
    }

    private ThreeWayMerge() {
    }

    public static Result merge(String base, String ours, String theirs) {
        List<String> baseLines = lines(base);
        Optional<Patch<String>> ourPatch = DiffCost.lineDiff(baseLines, lines(ours));
        Optional<Patch<String>> theirPatch = DiffCost.lineDiff(baseLines, lines(theirs));
        if (ourPatch.isEmpty() || theirPatch.isEmpty()) {
            // Too different to merge affordably: the two texts overlap whole, and the person decides.
            return new Result(List.of(new Piece(null, new Overlap(baseLines, lines(ours), lines(theirs)))));
        }
        List<Change> changes = new ArrayList<>(changes(ourPatch.get(), true));
        changes.addAll(changes(theirPatch.get(), false));
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < changes.size()) {
            // A cluster: changes whose base stretches overlap or touch at an insertion point.
            int start = changes.get(i).start();
            int end = changes.get(i).end();
            List<Change> cluster = new ArrayList<>(List.of(changes.get(i)));
            i++;
            while (i < changes.size() && touches(changes.get(i), start, end)) {
                end = Math.max(end, changes.get(i).end());
                cluster.add(changes.get(i));
                i++;
            }
            pieces.add(new Piece(baseLines.subList(at, start), null));
            pieces.add(resolve(baseLines, start, end, cluster));
            at = end;
        }
        pieces.add(new Piece(baseLines.subList(at, baseLines.size()), null));
        return new Result(joinSettled(pieces));
    }

    private static boolean touches(Change next, int start, int end) {
        return next.start() < end || (next.start() == end && (next.start() == next.end() || start == end));
    }

    private static Piece resolve(List<String> base, int start, int end, List<Change> cluster) {
        List<Change> ours = cluster.stream().filter(Change::ours).toList();
        List<Change> theirs = cluster.stream().filter(change -> !change.ours()).toList();
        List<String> ourLines = apply(base, start, end, ours);
        List<String> theirLines = apply(base, start, end, theirs);
        if (ours.isEmpty()) {
            return new Piece(theirLines, null);
        }
        if (theirs.isEmpty() || ourLines.equals(theirLines)) {
            return new Piece(ourLines, null);
        }
        return new Piece(null, new Overlap(List.copyOf(base.subList(start, end)), ourLines, theirLines));
    }

    /** The base stretch {@code [start, end)} with one side's changes in it applied. */
    private static List<String> apply(List<String> base, int start, int end, List<Change> changes) {
        List<String> result = new ArrayList<>();
        int at = start;
        for (Change change : changes) {
            result.addAll(base.subList(at, change.start()));
            result.addAll(change.lines());
            at = change.end();
        }
        result.addAll(base.subList(at, end));
        return result;
    }

    private static List<Change> changes(Patch<String> patch, boolean ours) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(start, start + delta.getSource().size(), delta.getTarget().getLines(), ours));
        }
        return changes;
    }

    private static List<Piece> joinSettled(List<Piece> pieces) {
        List<Piece> joined = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.overlap() == null) {
                settled.addAll(piece.settled());
                continue;
            }
            if (!settled.isEmpty()) {
                joined.add(new Piece(List.copyOf(settled), null));
                settled.clear();
            }
            joined.add(piece);
        }
        if (!settled.isEmpty() || joined.isEmpty()) {
            joined.add(new Piece(List.copyOf(settled), null));
        }
        return joined;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
