package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.PhaseSwitches;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormManagement;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * The staff screen's choice of what participants may do in each phase: four boxes a phase (ideas, comments, votes,
 * vote counts shown), grouped under the phase's name, set as the storm now runs (the template's choice at first).
 * The current phase is marked, and a change of its boxes is said in words before it is saved ("Afstemningen lukker
 * straks"), as it takes effect at once for everyone on the storm.
 */
final class PhaseSwitchesSection {

    /** The four boxes' names, in the order of {@link PhaseSwitches}' parts. */
    private static final List<String> SWITCHES = List.of("ideas", "comments", "votes", "counts");

    private PhaseSwitchesSection() {
    }

    /**
     * {@code settingsVersion} is the storm's settings version when saving (the screen may have been shown anew since);
     * {@code done} shows the storm anew and says at the status what was done; {@code refused} says why not.
     */
    static Section of(StormService storms, StormId id, LongSupplier settingsVersion, StormManagement storm,
                      BiConsumer<FormStatus, String> done, BiConsumer<FormStatus, InvalidInputException> refused) {
        Section section = StormSections.labelled("storm-switches", "ideastorm.manage.switches");
        section.add(new Paragraph(I18NProvider.translate("ideastorm.manage.switches.intro")));
        Paragraph effect = new Paragraph();
        effect.setId("storm-switches-effect");
        effect.addClassName("portal-storm-switches-effect");
        // Said as the boxes change, without moving the focus from the box.
        effect.getElement().setAttribute("aria-live", "polite");
        List<Checkbox[]> boxes = new ArrayList<>();
        Phase current = storm.storm().currentPhase();
        for (Phase phase : storm.storm().phases()) {
            String prefix = "storm-switch-" + phase.position() + "-";
            Checkbox[] four = SWITCHES.stream().map(name -> box(prefix + name, "ideastorm.manage.switch." + name,
                    on(phase.switches(), name))).toArray(Checkbox[]::new);
            boxes.add(four);
            H3 name = new H3(I18NProvider.translate(phase.kind().labelKey()));
            name.setId(prefix + "heading");
            Div group = new Div(name);
            group.add(four);
            group.getElement().setAttribute("role", "group");
            group.getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
            group.addClassName("portal-phase-switches");
            if (current != null && current.position() == phase.position()) {
                // Said in words as well as shown, for readers who do not see the colour (WCAG 1.4.1).
                Span now = new Span(I18NProvider.translate("ideastorm.storm.now"));
                now.setId(prefix + "now");
                now.addClassNames("portal-tag", "portal-tag--info");
                name.add(new Text(" "), now);
                group.addClassName("portal-phase-switches--current");
                for (Checkbox box : four) {
                    box.addValueChangeListener(changed -> effect.setText(effectNow(phase.switches(), four)));
                }
            }
            section.add(group);
        }
        FormStatus status = new FormStatus("storm-switches-status");
        Button save = new Button(I18NProvider.translate("ideastorm.manage.save-switches"), click -> {
            status.clear();
            try {
                storms.changePhaseSwitches(id, boxes.stream().map(PhaseSwitchesSection::switches).toList(),
                        settingsVersion.getAsLong());
                done.accept(status, I18NProvider.translate("ideastorm.manage.switches-saved"));
            } catch (InvalidInputException refusal) {
                refused.accept(status, refusal);
            }
        });
        save.setId("storm-save-switches");
        section.add(effect, save, status);
        return section;
    }

    /**
     * What saving the current phase's boxes changes at once ("Når du gemmer: Afstemningen lukker straks."), or
     * nothing while they are as saved.
     */
    private static String effectNow(PhaseSwitches saved, Checkbox[] four) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < SWITCHES.size(); i++) {
            String name = SWITCHES.get(i);
            if (on(saved, name) != four[i].getValue()) {
                changes.add(I18NProvider.translate("ideastorm.manage.switch.now." + name + "."
                        + (four[i].getValue() ? "on" : "off")));
            }
        }
        return changes.isEmpty() ? ""
                : I18NProvider.translate("ideastorm.manage.switches.effect", String.join(" ", changes));
    }

    private static boolean on(PhaseSwitches switches, String name) {
        return switch (name) {
            case "ideas" -> switches.ideas();
            case "comments" -> switches.comments();
            case "votes" -> switches.votes();
            default -> switches.voteCounts();
        };
    }

    private static PhaseSwitches switches(Checkbox[] four) {
        return new PhaseSwitches(four[0].getValue(), four[1].getValue(), four[2].getValue(), four[3].getValue());
    }

    private static Checkbox box(String id, String labelKey, boolean on) {
        Checkbox box = new Checkbox(I18NProvider.translate(labelKey), on);
        box.setId(id);
        return box;
    }
}
