package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.TextDiff.Change;
import dk.coi.portal.shared.TextDiff.Line;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The word-level difference between two texts (no Spring, no database); escaping is in {@link SafeTextTest}. */
class TextDiffTest {

    private static List<Change> changes(TextDiff diff) {
        return diff.lines().stream().map(Line::change).toList();
    }

    private static String lines(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + i).collect(Collectors.joining("\n"));
    }

    @Test
    void aChangedWordIsMarkedOnBothSidesAndMergedInline() {
        TextDiff diff = TextDiff.between("Den gamle tekst", "Den nye tekst");

        assertThat(diff.lines()).singleElement().satisfies(line -> {
            assertThat(line.change()).isEqualTo(Change.CHANGED);
            assertThat(line.before().html()).isEqualTo("Den <del>gamle</del> tekst");
            assertThat(line.after().html()).isEqualTo("Den <ins>nye</ins> tekst");
        });
        assertThat(diff.inline()).extracting(SafeHtml::html).containsExactly("Den <del>gamle</del><ins>nye</ins> tekst");
        assertThat(diff.identical()).isFalse();
    }

    /** Before: a blank line added was "<ins></ins>", which a phone labelled "Efter:" with nothing after it. */
    @Test
    void blankLinesAddedOrRemovedAreEmptyOnBothSides() {
        for (TextDiff diff : List.of(TextDiff.between("Et.\nTo.", "Et.\n\nTo.\n  "),
                TextDiff.between("Et.\n\nTo.", "Et.\nTo."))) {
            assertThat(diff.lines()).filteredOn(line -> line.change() != Change.SAME).isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.before().isEmpty()).as("before of " + line).isTrue();
                        assertThat(line.after().isEmpty()).as("after of " + line).isTrue();
                    });
        }
        assertThat(TextDiff.between("Et.", "Et.\nTo.").lines().getLast().after().html()).isEqualTo("<ins>To.</ins>");
    }

    @Test
    void aDeletedOrInsertedWordIsMarkedOnItsSideOnly() {
        TextDiff deleted = TextDiff.between("en to tre", "en tre");
        assertThat(deleted.lines().getFirst().before().html()).isEqualTo("en <del>to </del>tre");
        assertThat(deleted.lines().getFirst().after().html()).isEqualTo("en tre");

        TextDiff inserted = TextDiff.between("en tre", "en to tre");
        assertThat(inserted.lines().getFirst().before().html()).isEqualTo("en tre");
        assertThat(inserted.lines().getFirst().after().html()).isEqualTo("en <ins>to </ins>tre");
        assertThat(inserted.inline()).extracting(SafeHtml::html).containsExactly("en <ins>to </ins>tre");
    }

    @Test
    void wholeLinesAddedAndRemovedAreMarkedWhole() {
        TextDiff diff = TextDiff.between("a\nb\nc", "a\nc\nd");

        assertThat(changes(diff)).containsExactly(Change.SAME, Change.REMOVED, Change.SAME, Change.ADDED);
        assertThat(diff.lines().get(1).before().html()).isEqualTo("<del>b</del>");
        assertThat(diff.lines().get(1).after().isEmpty()).isTrue();
        assertThat(diff.lines().get(3).before().isEmpty()).isTrue();
        assertThat(diff.lines().get(3).after().html()).isEqualTo("<ins>d</ins>");
        assertThat(diff.inline()).extracting(SafeHtml::html).containsExactly("a", "<del>b</del>", "c", "<ins>d</ins>");
    }

    @Test
    void fromAndToAnEmptyText() {
        TextDiff created = TextDiff.between("", "Ny side\nmed to linjer");
        assertThat(changes(created)).containsExactly(Change.ADDED, Change.ADDED);
        assertThat(created.lines().getFirst().after().html()).isEqualTo("<ins>Ny side</ins>");

        TextDiff blanked = TextDiff.between("Gammel side", "");
        assertThat(changes(blanked)).containsExactly(Change.REMOVED);
        assertThat(blanked.inline()).extracting(SafeHtml::html).containsExactly("<del>Gammel side</del>");

        TextDiff nothing = TextDiff.between("", "");
        assertThat(nothing.lines()).isEmpty();
        assertThat(nothing.identical()).isTrue();
        assertThat(nothing.hunks(3)).isEmpty();
    }

    @Test
    void identicalTextsAreTheSameLineForLineWithNoStretches() {
        String text = "# Overskrift\n\nEt afsnit med *Markdown* & <html>\n\n- punkt";
        TextDiff diff = TextDiff.between(text, text);

        assertThat(diff.identical()).isTrue();
        assertThat(changes(diff)).containsOnly(Change.SAME).hasSize(5);
        assertThat(diff.lines()).allSatisfy(line -> assertThat(line.before()).isEqualTo(line.after()));
        assertThat(diff.hunks(0)).isEmpty();
        assertThat(diff.whole().lines()).hasSize(5);
        assertThat(diff.whole().firstLineBefore()).isEqualTo(1);
    }

    @Test
    void aChangeOfSpacingIsAChange() {
        TextDiff diff = TextDiff.between("a b", "a  b");

        assertThat(diff.identical()).isFalse();
        assertThat(diff.lines().getFirst().before().html()).isEqualTo("a<del> </del>b");
        assertThat(diff.lines().getFirst().after().html()).isEqualTo("a<ins>  </ins>b");
        assertThat(TextDiff.between("a b", "a b ").identical()).as("trailing space").isFalse();
        assertThat(TextDiff.between("a\n\nb", "a\nb").identical()).as("blank line").isFalse();
    }

    @Test
    void aTabReplacedBySpacesIsAChangedLineShownWithoutWordMarks() {
        TextDiff diff = TextDiff.between("a\tb", "a    b");

        assertThat(changes(diff)).containsExactly(Change.CHANGED);
        assertThat(diff.lines().getFirst().before().html()).isEqualTo("a    b");
        assertThat(diff.lines().getFirst().after().html()).isEqualTo("a    b");
    }

    @Test
    void lineEndsAreNotPartOfTheText() {
        assertThat(TextDiff.between("a\r\nb\r\n", "a\nb").identical()).isTrue();
        assertThat(TextDiff.between("a\n", "a").lines()).hasSize(1);
    }

    @Test
    void marksHiddenInATextAreIgnoredAndCannotForgeMarkup() {
        TextDiff diff = TextDiff.between("x \uE004y\uE005 \uE002", "x z");

        assertThat(diff.lines().getFirst().before().html()).isEqualTo("x <del>y </del>");
        assertThat(diff.lines().getFirst().after().html()).isEqualTo("x <ins>z</ins>");
    }

    @Test
    void stretchesWithoutContextAreTheChangedLinesAlone() {
        TextDiff diff = TextDiff.between("a\nb\nc\nd\ne", "a\nB\nc\nd\ne\nf");

        List<TextDiff.Hunk> hunks = diff.hunks(0);

        assertThat(hunks).hasSize(2);
        assertThat(hunks.get(0).lines()).extracting(Line::change).containsExactly(Change.CHANGED);
        assertThat(hunks.get(0).firstLineBefore()).isEqualTo(2);
        assertThat(hunks.get(1).lines()).extracting(Line::change).containsExactly(Change.ADDED);
        assertThat(hunks.get(1).firstLineBefore()).as("where it would be in the old text").isEqualTo(6);
        assertThat(hunks.get(1).firstLineAfter()).isEqualTo(6);
        assertThat(hunks.get(1).inline()).extracting(SafeHtml::html).containsExactly("<ins>f</ins>");
    }

    @Test
    void stretchesWhoseContextTouchesAreJoinedAndOnesApartAreNot() {
        String before = lines("linje ", 1, 11);
        // Changes on lines 2 and 5: with one line of context they cover 1-3 and 4-6, which touch.
        TextDiff touching = TextDiff.between(before, before.replace("linje 2\n", "to\n").replace("linje 5\n", "fem\n"));
        assertThat(touching.hunks(1)).singleElement().satisfies(hunk -> {
            assertThat(hunk.firstLineBefore()).isEqualTo(1);
            assertThat(hunk.lines()).hasSize(6);
        });
        // Changes on lines 2 and 6 leave line 4 between 1-3 and 5-7.
        TextDiff apart = TextDiff.between(before, before.replace("linje 2\n", "to\n").replace("linje 6\n", "seks\n"));
        assertThat(apart.hunks(1)).extracting(TextDiff.Hunk::firstLineBefore).containsExactly(1, 5);
    }

    @Test
    void linesAddedAtTheStartShiftOnlyTheNewNumbers() {
        TextDiff diff = TextDiff.between(lines("l", 1, 6), "ny 1\nny 2\n" + lines("l", 1, 6).replace("l4", "L4"));

        List<TextDiff.Hunk> hunks = diff.hunks(0);

        assertThat(hunks).extracting(TextDiff.Hunk::firstLineBefore).containsExactly(1, 4);
        assertThat(hunks).extracting(TextDiff.Hunk::firstLineAfter).containsExactly(1, 6);
    }

    @Test
    void aLineOfUpTo5000CharactersIsComparedByWordALongerOneWhole() {
        String words = "x".repeat(4995) + " ";
        TextDiff byWord = TextDiff.between(words + "før", words + "nu");
        assertThat(changes(byWord)).containsExactly(Change.CHANGED);
        assertThat(byWord.lines().getFirst().after().html()).endsWith("<ins>nu</ins>");

        TextDiff whole = TextDiff.between(words + "ord før", words + "ord nu");
        assertThat(changes(whole)).containsExactly(Change.REMOVED, Change.ADDED);
        assertThat(whole.lines().get(1).after().html()).isEqualTo("<ins>" + words + "ord nu</ins>");
    }

    @Test
    void aLongRewrittenStretchIsShownAsLinesRemovedAndAddedWithoutWordMarks() {
        String before = IntStream.range(0, 200).mapToObj(i -> "ord ".repeat(49) + "gammel" + i)
                .collect(Collectors.joining("\n"));
        String after = IntStream.range(0, 200).mapToObj(i -> "nyt ".repeat(49) + "ny" + i)
                .collect(Collectors.joining("\n"));
        TextDiff diff = TextDiff.between("Fælles start\n" + before, "Fælles start\n" + after);
        assertThat(diff.lines()).hasSize(401);
        assertThat(diff.lines().getFirst().change()).isEqualTo(Change.SAME);
        assertThat(diff.lines().subList(1, 201)).extracting(Line::change).containsOnly(Change.REMOVED);
        assertThat(diff.lines().subList(201, 401)).extracting(Line::change).containsOnly(Change.ADDED);
    }

    @Test
    void textsJustOverTheBudgetAreComparedCoarselyKeepingWhatTheyStartAndEndWith() {
        // 2 × 1001 differing lines × (8000 + 2002) lines is just over 20 million comparisons.
        String start = lines("fælles start ", 0, 2000);
        String end = lines("fælles slut ", 0, 2000);
        TextDiff diff = TextDiff.between(start + "\n" + lines("gammel ", 0, 1001) + "\n" + end,
                start + "\n" + lines("ny ", 0, 1001) + "\n" + end);

        assertThat(changes(diff)).doesNotContain(Change.CHANGED).hasSize(6002);
        assertThat(changes(diff).subList(0, 2000)).containsOnly(Change.SAME);
        assertThat(changes(diff).subList(2000, 3001)).containsOnly(Change.REMOVED);
        assertThat(changes(diff).subList(3001, 4002)).containsOnly(Change.ADDED);
        assertThat(changes(diff).subList(4002, 6002)).containsOnly(Change.SAME);
        assertThat(diff.lines().get(2000).before().html()).isEqualTo("<del>gammel 0</del>");
        assertThat(diff.hunks(0)).singleElement().satisfies(hunk -> {
            assertThat(hunk.firstLineBefore()).isEqualTo(2001);
            assertThat(hunk.firstLineAfter()).isEqualTo(2001);
        });
    }
}
