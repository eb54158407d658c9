package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain text, highlights and diffs: the ways text becomes HTML without a sanitiser. */
class SafeTextTest {

    @Test
    void plainTextIsWhatReadersSeeWithoutMarkup() {
        assertThat(PlainText.ofMarkdown("""
                ## Trin **et**

                - punkt med [link](https://example.org "titel")
                - ![billedtekst](https://example.org/x.png)

                ```
                kode()
                ```
                | a | b |
                |---|---|
                | c | d |
                """)).isEqualTo("Trin et punkt med link billedtekst kode() a b c d");
    }

    @Test
    void rawHtmlIsKeptAsTheTextItIsShownAs() {
        assertThat(PlainText.ofMarkdown("<img src=x onerror=alert(1)> tekst")).isEqualTo("<img src=x onerror=alert(1)> tekst");
    }

    @Test
    void highlightsEscapeEverythingButTheirOwnMarks() {
        String marked = "a <b> " + HighlightedText.START + "ord & \"x\"" + HighlightedText.END + " slut";
        assertThat(HighlightedText.toHtml(marked).html())
                .isEqualTo("a &lt;b&gt; <mark>ord &amp; &quot;x&quot;</mark> slut");
    }

    @Test
    void strayAndNestedMarksAreBalanced() {
        String s = HighlightedText.START, e = HighlightedText.END;
        assertThat(HighlightedText.toHtml(e + "a" + s + s + "b" + e + e + "c" + s + "d").html())
                .isEqualTo("a<mark>b</mark>c<mark>d</mark>");
    }

    @Test
    void markersAreRemovedFromIndexedText() {
        assertThat(HighlightedText.unmarked("x" + HighlightedText.START + "y" + HighlightedText.END))
                .isEqualTo("xy");
        assertThat(PlainText.ofMarkdown("a" + HighlightedText.START + "b")).isEqualTo("ab");
    }

    @Test
    void diffsEscapeTheTextAndMarkOnlyTheChangedWords() {
        TextDiff diff = TextDiff.between("Tom & Jerry <b>\nsame", "Tom & Jerry <i>\nsame\nny linje");

        assertThat(diff.lines()).extracting(TextDiff.Line::change)
                .containsExactly(TextDiff.Change.CHANGED, TextDiff.Change.SAME, TextDiff.Change.ADDED);
        assertThat(diff.lines().getFirst().before().html()).isEqualTo("Tom &amp; Jerry &lt;<del>b</del>&gt;");
        assertThat(diff.lines().getFirst().after().html()).isEqualTo("Tom &amp; Jerry &lt;<ins>i</ins>&gt;");
        assertThat(diff.inline().getFirst().html()).contains("<del>b</del>", "<ins>i</ins>").doesNotContain("<b>");
        assertThat(diff.inline()).hasSameSizeAs(diff.lines());
        assertThat(TextDiff.between("x", "x").identical()).isTrue();
    }

    @Test
    void aDiffIsShownAsTheChangedStretchesWithTheirContextAndLineNumbers() {
        String before = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "linje " + i).toList());
        String after = before.replace("linje 5", "linje fem").replace("linje 7\n", "")
                .replace("linje 18", "linje 18\nny linje");

        java.util.List<TextDiff.Hunk> hunks = TextDiff.between(before, after).hunks(2);

        assertThat(hunks).hasSize(2);
        assertThat(hunks.get(0).firstLineBefore()).isEqualTo(3);
        assertThat(hunks.get(0).firstLineAfter()).isEqualTo(3);
        assertThat(hunks.get(0).lines()).extracting(TextDiff.Line::change).containsExactly(TextDiff.Change.SAME,
                TextDiff.Change.SAME, TextDiff.Change.CHANGED, TextDiff.Change.SAME, TextDiff.Change.REMOVED,
                TextDiff.Change.SAME, TextDiff.Change.SAME);
        assertThat(hunks.get(1).firstLineBefore()).isEqualTo(17);
        assertThat(hunks.get(1).firstLineAfter()).isEqualTo(16);
        assertThat(TextDiff.between("a", "a").hunks(3)).isEmpty();
    }

    @Test
    void textsTooDifferentToCompareAffordablyAreShownAsRemovedAndAdded() {
        String before = String.join("\n", java.util.stream.IntStream.range(0, 8000).mapToObj(i -> "a" + i).toList());
        String after = String.join("\n", java.util.stream.IntStream.range(0, 8000).mapToObj(i -> "b" + i).toList());

        TextDiff diff = TextDiff.between("fælles\n" + before + "\n<slut>", "fælles\n" + after + "\n<slut>");

        assertThat(diff.lines()).hasSize(16_002);
        assertThat(diff.lines().getFirst().change()).isEqualTo(TextDiff.Change.SAME);
        assertThat(diff.lines().get(1).change()).isEqualTo(TextDiff.Change.REMOVED);
        assertThat(diff.lines().get(1).before().html()).isEqualTo("<del>a0</del>");
        assertThat(diff.lines().get(8001).after().html()).isEqualTo("<ins>b0</ins>");
        assertThat(diff.lines().getLast().after().html()).isEqualTo("&lt;slut&gt;");
        assertThat(diff.inline()).hasSameSizeAs(diff.lines());
        assertThat(ThreeWayMerge.merge(before, after, before + "\nx").clean()).isFalse();
    }

    @Test
    void veryLongLinesAreComparedWholeAndTheirMarksCannotBeForged() {
        String longLine = "x".repeat(6000);
        TextDiff diff = TextDiff.between("a\n" + longLine, "a\n" + longLine + "y\uE004z");

        assertThat(diff.lines()).extracting(TextDiff.Line::change)
                .containsExactly(TextDiff.Change.SAME, TextDiff.Change.REMOVED, TextDiff.Change.ADDED);
        assertThat(diff.lines().getLast().after().html()).isEqualTo("<ins>" + longLine + "yz</ins>");
    }

    @Test
    void escapedTextIsText() {
        assertThat(SafeHtml.escaped("<script>&").html()).isEqualTo("&lt;script&gt;&amp;");
    }
}
