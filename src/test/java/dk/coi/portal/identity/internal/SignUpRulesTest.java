package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignUpRulesTest {

    @Test
    void namesNeedLettersNoControlHiddenOrBrokenCharactersAndAtMost100Characters() {
        assertThat(SignUpRules.checkName("Åse Øberg-Ærø")).isEmpty();
        assertThat(SignUpRules.checkName("")).contains("signup.name.required");
        assertThat(SignUpRules.checkName("!!!---...")).contains("signup.name.no-letters");
        assertThat(SignUpRules.checkName("Tab\tnavn")).contains("input.control-characters");
        assertThat(SignUpRules.checkName("Nul\u0000byte")).contains("input.control-characters");
        assertThat(SignUpRules.checkName("Skjult\u202Eretning")).contains("input.invisible-characters");
        assertThat(SignUpRules.checkName("Nul\u200Bbredde")).contains("input.invisible-characters");
        assertThat(SignUpRules.checkName("Halv \uD83D emoji")).contains("input.broken-characters");
        assertThat(SignUpRules.checkName("a".repeat(100))).isEmpty();
        assertThat(SignUpRules.checkName("a".repeat(101))).contains("signup.name.too-long");
    }
}
