package dk.coi.portal.ideastorm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMerge;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.support.PortalTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: staff's merge control on a merged idea whose kept idea the screen cannot name says only that it is
 * merged (not the merge it no longer offers), and undoing it asks first all the same.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class MergeControlTest extends SpringBrowserlessTest {

    @Autowired
    IdeaMergeService merges;

    @Test
    void aMergedIdeaWhoseKeptIdeaIsUnnamedHasANeutralHeadingAndUndoingAsksFirst() {
        List<String> done = new ArrayList<>();
        MergeControl control = new MergeControl(merges, mergedIntoUnnamed(), done::add);
        UI.getCurrent().add(control);

        assertThat($(H2.class, control).single().getText()).isEqualTo("Idéen er slået sammen");
        assertThat($(Button.class, control).id("idea-merge-undo")).isNotNull();
        test($(TextField.class, control).id("idea-merge-reason")).setValue("Det var to idéer");
        test($(Button.class, control).id("idea-merge-undo")).click();

        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(ask.getId()).hasValue("idea-merge-undo-confirm");
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Fortryd sammenlægningen af »Tag over cyklerne«?");
        test(ask).confirm();
        assertThat(done).as("waiting undoes nothing").isEmpty();
    }

    private static IdeaScreen mergedIntoUnnamed() {
        return new IdeaScreen(StormId.of(1), "Storm", "ideer/1", IdeaId.of(2), "Tag over cyklerne", "Beskrivelse.",
                null, null, null, "Anna Idé", Instant.EPOCH, IdeaStatus.PUBLISHED, 0, false, null, false, false,
                false, false, List.of(), "ideer/1/2", null, false, null, false,
                new IdeaMerge(null, List.of(), List.of("Anna Idé"), false, true), null, List.of(), false);
    }
}
