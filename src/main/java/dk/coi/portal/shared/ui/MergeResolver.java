package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.ThreeWayMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deciding where two edits of one text overlap: each overlap shows their version beside yours with the
 * differences marked, and asks which to keep (theirs, yours, or both); only when every overlap is decided can
 * the merged text go into the editor. Everything else both changed is already merged.
 */
public class MergeResolver extends Composite<Div> {

    /** What to keep where the two edits overlap. */
    public enum Choice { THEIRS, OURS, BOTH }

    private final List<RadioButtonGroup<Choice>> choices = new ArrayList<>();
    private final Button apply = new Button();

    /**
     * @param whoSaved who saved meanwhile (their credit), shown in the explanation
     * @param merged   called with the merged text once every overlap is decided
     */
    public MergeResolver(ThreeWayMerge.Result merge, String whoSaved, Consumer<String> merged) {
        Div content = getContent();
        content.setId("edit-conflict");
        content.addClassName("portal-alert");
        content.add(new H2(getTranslation("merge.heading")),
                new Paragraph(getTranslation("merge.text", whoSaved, merge.overlaps().size())));
        List<ThreeWayMerge.Overlap> overlaps = merge.overlaps();
        for (int i = 0; i < overlaps.size(); i++) {
            content.add(overlap(i, overlaps.size(), overlaps.get(i)));
        }
        apply.setText(getTranslation("merge.apply"));
        apply.setId("apply-merge");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> merged.accept(merge.text(decisions(overlaps))));
        content.add(apply);
    }

    private Section overlap(int index, int count, ThreeWayMerge.Overlap overlap) {
        Section section = new Section();
        section.setId("overlap-" + (index + 1));
        section.addClassName("portal-merge-overlap");
        String theirs = String.join("\n", overlap.theirs());
        String ours = String.join("\n", overlap.ours());
        section.add(new H3(getTranslation("merge.overlap", index + 1, count)),
                DiffPanel.sideBySide("overlap-diff-" + (index + 1), TextDiff.between(theirs, ours),
                        getTranslation("merge.theirs"), getTranslation("merge.ours"), true));
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("merge.choose"));
        choice.setId("overlap-choice-" + (index + 1));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(item -> getTranslation("merge.choice." + item.name().toLowerCase(java.util.Locale.ROOT)));
        choice.setRequiredIndicatorVisible(true);
        choice.addValueChangeListener(changed -> apply.setEnabled(choices.stream().allMatch(group -> group.getValue() != null)));
        choices.add(choice);
        section.add(choice);
        return section;
    }

    private List<List<String>> decisions(List<ThreeWayMerge.Overlap> overlaps) {
        List<List<String>> decisions = new ArrayList<>();
        for (int i = 0; i < overlaps.size(); i++) {
            ThreeWayMerge.Overlap overlap = overlaps.get(i);
            decisions.add(switch (choices.get(i).getValue()) {
                case THEIRS -> overlap.theirs();
                case OURS -> overlap.ours();
                case BOTH -> {
                    List<String> both = new ArrayList<>(overlap.theirs());
                    both.addAll(overlap.ours());
                    yield both;
                }
            });
        }
        return decisions;
    }
}
