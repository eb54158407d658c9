package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexVersionedTest {

    private final IndexVersioned<String, Integer> kept = new IndexVersioned<>();

    @Test
    void valuesAreKeptForOneVersionAndDroppedWhenAnotherIsSeen() {
        kept.at("v1").put("a", 1);
        assertThat(kept.at("v1")).as("same version").containsEntry("a", 1);
        assertThat(kept.at(new String("v1"))).as("an equal version is the same").containsEntry("a", 1);

        kept.at("v2").put("b", 2);
        assertThat(kept.current()).as("another version starts empty").containsOnlyKeys("b");
        assertThat(kept.at("v1")).as("going back is a change too: nothing is served from before").isEmpty();
        assertThat(kept.at("v2")).isEmpty();
    }
}
