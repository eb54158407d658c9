package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "en\nto\ntre\nfire\nfem";

    @Test
    void changesToDifferentLinesBothStand() {
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(BASE, "EN\nto\ntre\nfire\nfem", "en\nto\ntre\nfire\nFEM");

        assertThat(merge.clean()).isTrue();
        assertThat(merge.text()).isEqualTo("EN\nto\ntre\nfire\nFEM");
    }

    @Test
    void insertionsAndDeletionsInDifferentPlacesBothStand() {
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(BASE, "en\nny\nto\ntre\nfire\nfem", "en\nto\ntre\nfem");

        assertThat(merge.text()).isEqualTo("en\nny\nto\ntre\nfem");
    }

    @Test
    void theSameChangeByBothStandsOnce() {
        assertThat(ThreeWayMerge.merge(BASE, "en\nTO\ntre\nfire\nfem", "en\nTO\ntre\nfire\nfem").text())
                .isEqualTo("en\nTO\ntre\nfire\nfem");
    }

    @Test
    void changesToTheSameLineOverlapAndWaitForADecision() {
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(BASE, "en\nmit to\ntre\nfire\nFEM",
                "en\nderes to\ntre\nfire\nfem");

        assertThat(merge.clean()).isFalse();
        assertThat(merge.overlaps()).containsExactly(
                new ThreeWayMerge.Overlap(List.of("to"), List.of("mit to"), List.of("deres to")));
        assertThat(merge.text(List.of(List.of("deres to", "mit to"))))
                .isEqualTo("en\nderes to\nmit to\ntre\nfire\nFEM");
    }

    @Test
    void insertionsAtTheSamePlaceOverlap() {
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(BASE, "en\nto\nmin\ntre\nfire\nfem",
                "en\nto\nderes\ntre\nfire\nfem");

        assertThat(merge.overlaps()).singleElement().satisfies(overlap -> {
            assertThat(overlap.base()).isEmpty();
            assertThat(overlap.ours()).containsExactly("min");
            assertThat(overlap.theirs()).containsExactly("deres");
        });
    }

    @Test
    void aDecisionIsNeededForEveryOverlap() {
        ThreeWayMerge.Result merge = ThreeWayMerge.merge("a", "b", "c");
        assertThat(merge.overlaps()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(merge::text).isInstanceOf(IllegalArgumentException.class);
        assertThat(ThreeWayMerge.merge("", "ny tekst", "").text()).isEqualTo("ny tekst");
    }
}
