package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.PhaseSwitches;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The staff screen's choice of what participants may do in each phase: four boxes a phase (ideas, comments, votes,
 * vote counts shown), grouped under the phase's name, set as the storm now runs (the template's choice at first).
 */
final class PhaseSwitchesSection {

    private PhaseSwitchesSection() {
    }

    /** {@code done} shows the storm anew and says at the status what was done. */
    static Section of(StormService storms, StormId id, List<Phase> phases, BiConsumer<FormStatus, String> done) {
        Section section = StormSections.labelled("storm-switches", "ideastorm.manage.switches");
        section.add(new Paragraph(I18NProvider.translate("ideastorm.manage.switches.intro")));
        List<Checkbox[]> boxes = new ArrayList<>();
        for (Phase phase : phases) {
            String prefix = "storm-switch-" + phase.position() + "-";
            PhaseSwitches now = phase.switches();
            Checkbox[] four = {box(prefix + "ideas", "ideastorm.manage.switch.ideas", now.ideas()),
                box(prefix + "comments", "ideastorm.manage.switch.comments", now.comments()),
                box(prefix + "votes", "ideastorm.manage.switch.votes", now.votes()),
                box(prefix + "counts", "ideastorm.manage.switch.counts", now.voteCounts())};
            boxes.add(four);
            H3 name = new H3(I18NProvider.translate(phase.kind().labelKey()));
            name.setId(prefix + "heading");
            Div group = new Div(name);
            group.add(four);
            group.getElement().setAttribute("role", "group");
            group.getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
            group.addClassName("portal-phase-switches");
            section.add(group);
        }
        FormStatus status = new FormStatus("storm-switches-status");
        Button save = new Button(I18NProvider.translate("ideastorm.manage.save-switches"), click -> {
            status.clear();
            try {
                storms.changePhaseSwitches(id, boxes.stream().map(four -> new PhaseSwitches(four[0].getValue(),
                        four[1].getValue(), four[2].getValue(), four[3].getValue())).toList());
                done.accept(status, I18NProvider.translate("ideastorm.manage.switches-saved"));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        });
        save.setId("storm-save-switches");
        section.add(save, status);
        return section;
    }

    private static Checkbox box(String id, String labelKey, boolean on) {
        Checkbox box = new Checkbox(I18NProvider.translate(labelKey), on);
        box.setId(id);
        return box;
    }
}
