package dk.coi.portal.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The information pages' contact details: put in where configured, their lines left out where not. */
class InformationPagesTest {

    @Test
    void aConfiguredDetailIsPutInAndALineNamingAMissingOneIsLeftOut() {
        String text = """
                Kontakt:
                - E-mail: [{email}](mailto:{email})
                - Telefon: {phone}
                Slut.""";

        assertThat(InformationPages.filled(text, Map.of("email", "kontakt@coi.dk", "phone", " ")))
                .isEqualTo("Kontakt:\n- E-mail: [kontakt@coi.dk](mailto:kontakt@coi.dk)\nSlut.");
        assertThat(InformationPages.filled(text, Map.of("email", "a@b.dk", "phone", "33 00 00 00")))
                .contains("- Telefon: 33 00 00 00");
    }
}
