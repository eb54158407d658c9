package dk.coi.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one question before an irreversible step: no button of it, shown or not, is left in Vaadin's English. */
class SafeConfirmTest {

    @Test
    void noButtonOfTheQuestionShownOrNotIsLeftInVaadinsEnglish() {
        List<String> done = new ArrayList<>();
        ConfirmDialog ask = SafeConfirm.ask("delete-storm", "Slet idéstormen?", "Alt i den slettes.", "Slet",
                "Behold idéstormen", () -> done.add("step"), () -> done.add("kept"));

        assertThat(ask.getElement().getProperty("cancelText")).isEqualTo("Behold idéstormen");
        assertThat(ask.getElement().getProperty("cancelButtonVisible", false)).as("no cancel button shown").isFalse();
        assertThat(ask.getElement().getProperty("rejectButtonVisible", false)).isTrue();
        assertThat(done).isEmpty();
    }
}
