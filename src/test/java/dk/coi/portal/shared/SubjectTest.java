package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a follow, notice, report or log line is about, across modules (no Spring, no database). */
class SubjectTest {

    @ParameterizedTest
    @CsvSource({
            "wiki.page,         wiki",
            "ideastorm.idea,    ideastorm",
            "wiki.talk-comment, wiki",
            "a.b,               a"})
    void theTypesFirstPartNamesTheModule(String type, String module) {
        Subject subject = new Subject(type, 7);

        assertThat(subject.module()).isEqualTo(module);
        assertThat(subject.type()).isEqualTo(type);
        assertThat(subject.id()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wiki", "wiki.", ".page", "Wiki.page", "wiki.Page", "wiki.page.extra", "wiki page",
            "wiki_x.page", "wiki-x.page", "wiki.page1", "wiki1.page", " wiki.page", "wiki.page ", "wiki.page\n",
            "wiki:page", "æøå.side", "wiki..page"})
    void aTypeIsModuleDotKindInLowerCase(String type) {
        assertThatThrownBy(() -> new Subject(type, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type);
    }

    @Test
    void aTypeIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Subject(null, 1)).withMessage("type");
    }

    @Test
    void subjectsAreValuesSoTheyCanBeCompared() {
        assertThat(new Subject("wiki.page", 3)).isEqualTo(new Subject("wiki.page", 3))
                .hasSameHashCodeAs(new Subject("wiki.page", 3))
                .isNotEqualTo(new Subject("wiki.page", 4))
                .isNotEqualTo(new Subject("wiki.talk", 3));
    }
}
