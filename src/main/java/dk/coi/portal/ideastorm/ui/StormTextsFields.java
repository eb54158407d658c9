package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.StormDetails;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.MarkdownEditor;
import java.time.Instant;
import java.util.List;

/**
 * A storm's texts as staff write them, on the new-storm screen and on the storm's staff screen: title, question,
 * description (Markdown, previewed as the page shows it), owner, audience and answer deadline. The words are
 * Danish whatever the screen's language.
 */
final class StormTextsFields {

    final TextField title = new TextField(I18NProvider.translate("ideastorm.field.title"));
    final TextArea question = new TextArea(I18NProvider.translate("ideastorm.field.question"));
    final MarkdownEditor description;
    final TextField owner = new TextField(I18NProvider.translate("ideastorm.field.owner"));
    final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>(I18NProvider.translate("ideastorm.field.audience"));
    final DateTimePicker answerDeadline =
            DanishHours.picker(I18NProvider.translate("ideastorm.field.answer-deadline"), "storm-answer-deadline");

    StormTextsFields(StormService storms) {
        title.setId("storm-title");
        question.setId("storm-question-field");
        owner.setId("storm-owner");
        audience.setId("storm-audience");
        for (TextField line : List.of(title, owner)) {
            line.setWidthFull();
            line.setRequiredIndicatorVisible(true);
            ContentLanguage.danish(line);
        }
        question.setWidthFull();
        question.setRequiredIndicatorVisible(true);
        ContentLanguage.danish(question);
        description = new MarkdownEditor("storm-description-editor", I18NProvider.translate("ideastorm.field.description"),
                I18NProvider.translate("ideastorm.field.description.help"), storms::preview);
        ContentLanguage.danish(description.source());
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(choice -> I18NProvider.translate(choice.labelKey()));
        audience.setRequiredIndicatorVisible(true);
        audience.setValue(Audience.SIGNED_IN);
    }

    List<Component> components() {
        return List.of(title, question, description, owner, audience, answerDeadline);
    }

    /** The fields at the server's names for them. */
    FieldErrors errors() {
        return new FieldErrors().add("title", title).add("question", question).add("description", description.source())
                .add("owner", owner).add("audience", audience).add("answerDeadline", answerDeadline);
    }

    void show(StormDetails storm) {
        title.setValue(storm.title());
        question.setValue(storm.question());
        description.setSavedValue(storm.description());
        owner.setValue(storm.ownerOrganisation());
        audience.setValue(storm.audience());
        answerDeadline.setValue(DanishHours.danish(storm.answerDeadline()));
    }

    Instant deadline() {
        return DanishHours.instant(answerDeadline.getValue());
    }
}
