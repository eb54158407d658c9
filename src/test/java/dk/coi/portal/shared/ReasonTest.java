package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one set of rules for the reasons people give for stewarding and moderating actions. */
class ReasonTest {

    private static void assertRefused(Runnable making, String key) {
        assertThatThrownBy(making::run).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("reason", key));
    }

    @Test
    void aReasonIsOneTrimmedLineOfAtMostFiveHundredCharacters() {
        assertThat(Reason.required("  Dublet af en anden side ").text()).isEqualTo("Dublet af en anden side");
        assertThat(Reason.required("x".repeat(Reason.MAX_LENGTH)).text()).hasSize(Reason.MAX_LENGTH);
        assertRefused(() -> Reason.required("x".repeat(Reason.MAX_LENGTH + 1)), "reason.too-long");
        assertRefused(() -> Reason.required(" \t "), "reason.required");
        assertRefused(() -> Reason.required(null), "reason.required");
    }

    @Test
    void anOptionalReasonMayBeLeftOutButNotBroken() {
        assertThat(Reason.optional("   ")).isEmpty();
        assertThat(Reason.optional(null)).isEmpty();
        assertThat(Reason.optional("Flyttet til rette navn")).map(Reason::text).contains("Flyttet til rette navn");
        assertRefused(() -> Reason.optional("x".repeat(Reason.MAX_LENGTH + 1)), "reason.too-long");
    }

    @Test
    void hiddenControlAndBrokenCharactersAreRefused() {
        assertRefused(() -> Reason.required("ok \u202Etxt.exe"), "input.invisible-characters");
        assertRefused(() -> Reason.required("to\nlinjer"), "input.control-characters");
        assertRefused(() -> Reason.required("halv \uD83D"), "input.broken-characters");
        assertRefused(() -> new Reason(""), "reason.required");
    }
}
