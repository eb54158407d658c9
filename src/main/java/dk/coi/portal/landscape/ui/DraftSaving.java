package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.function.Supplier;

/** Saving a new case as a draft from a form: on to its edit form saying it was saved, or the refusals at the fields. */
final class DraftSaving {

    private DraftSaving() {
    }

    static void save(Component view, CaseForm form, FormStatus status, Supplier<CaseId> registering) {
        status.clear();
        try {
            CaseId id = registering.get();
            form.markSaved();
            view.getUI().ifPresent(ui -> Navigation.open(ui, CaseRoutes.edit(id) + "?gemt"));
        } catch (InvalidInputException refused) {
            form.showRefusal(refused);
            status.refusedHere(view.getTranslation("landscape.form.not-saved"));
        }
    }
}
