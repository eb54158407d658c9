package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.SimilarIdea;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.internal.IdeaRules;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.MarkdownEditor;
import dk.coi.portal.shared.ui.RequiredChoice;
import java.util.List;
import java.util.function.Consumer;

/**
 * An idea's title, description and theme (where the storm has themes), for a new idea or the author's edit. While
 * the title is typed, up to five similar visible ideas of the storm are shown with links, so that people may
 * support one instead of writing a duplicate; the list is a polite live region, announced once typing pauses.
 */
class IdeaForm extends Composite<Div> {

    private final IdeaService ideas;
    private final StormId storm;
    private final IdeaId editing;
    private final TextField title = new TextField();
    private final MarkdownEditor description;
    private final Select<Theme> theme = new Select<>();
    private final Div similar = new Div();
    private final FormStatus status = new FormStatus("idea-form-status");
    private final Button send;
    private final boolean withThemes;

    /** {@code save} stores the draft (throwing {@link InvalidInputException} when refused). */
    IdeaForm(IdeaService ideas, StormId storm, List<Theme> themes, IdeaId editing, String saveKey,
             Consumer<IdeaDraft> save) {
        this.ideas = ideas;
        this.storm = storm;
        this.editing = editing;
        this.withThemes = !themes.isEmpty();
        getContent().addClassName("portal-idea-form");
        title.setId("idea-title");
        title.setLabel(getTranslation("ideastorm.form.title"));
        title.setHelperText(getTranslation("ideastorm.form.title.help"));
        title.setMaxLength(IdeaRules.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        ContentLanguage.danish(title);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(400);
        title.addValueChangeListener(change -> showSimilar(change.getValue()));
        similar.setId("idea-similar");
        similar.getElement().setAttribute("aria-live", "polite");
        description = new MarkdownEditor("idea-description", getTranslation("ideastorm.form.description"),
                getTranslation("ideastorm.form.description.help"), ideas::preview);
        getContent().add(title, similar);
        if (withThemes) {
            theme.setId("idea-theme");
            theme.setLabel(getTranslation("ideastorm.form.theme"));
            theme.setItems(themes);
            theme.setItemLabelGenerator(Theme::name);
            // Marked as the other required fields are; a visible "Skal udfyldes" read as an error under a chosen theme.
            RequiredChoice.mark(theme, "ideastorm.idea.theme.required");
            getContent().add(theme);
        }
        send = new Button(getTranslation(saveKey), click -> send(save));
        send.setId("idea-save");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getContent().add(description, send, status);
    }

    /** Fills the form with the idea as it is, for its author's edit. */
    IdeaForm withDraft(IdeaDraft draft, List<Theme> themes) {
        title.setValue(draft.title());
        description.setSavedValue(draft.description());
        themes.stream().filter(t -> t.id().equals(draft.theme())).findFirst().ifPresent(theme::setValue);
        similar.removeAll();
        return this;
    }

    private void send(Consumer<IdeaDraft> save) {
        status.clear();
        FieldErrors errors = fieldErrors();
        errors.clear();
        IdeaDraft draft = new IdeaDraft(title.getValue(), description.getValue(),
                withThemes && theme.getValue() != null ? theme.getValue().id() : null);
        try {
            save.accept(draft);
            description.markSaved();
        } catch (InvalidInputException refused) {
            errors.show(refused);
            status.refused(refused);
        }
    }

    /** Says what was done under the form. */
    void done(String key) {
        status.done(getTranslation(key));
    }

    /** Says the idea was sent, with a link to its page. */
    void sent(String key, String ideaPath) {
        Anchor open = new Anchor("/" + ideaPath, getTranslation("ideastorm.form.open-sent"));
        open.setId("idea-sent-link");
        status.done(getTranslation(key), open);
    }

    private FieldErrors fieldErrors() {
        return new FieldErrors().add("title", title).add("description", description.source()).add("theme", theme);
    }

    /**
     * The phase stopped taking ideas: the form can no longer be sent, but whatever was typed stays to be copied (the
     * server may not have it yet, so the fields are left exactly as they are).
     */
    void closeKeepingText() {
        send.setVisible(false);
    }

    /** Empties the form for the next idea. */
    void clear() {
        title.clear();
        description.setSavedValue("");
        theme.clear();
        similar.removeAll();
        // Emptied on purpose: not a refusal, so no field stays marked as one.
        fieldErrors().clear();
    }

    private void showSimilar(String typed) {
        similar.removeAll();
        List<SimilarIdea> found = ideas.similar(storm, typed, editing);
        if (found.isEmpty()) {
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("ideastorm.form.similar"));
        intro.setId("idea-similar-intro");
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-labelledby", "idea-similar-intro");
        for (SimilarIdea idea : found) {
            Anchor link = new Anchor("/" + idea.path(), idea.title());
            ContentLanguage.danish(link);
            list.add(new ListItem(link));
        }
        similar.add(intro, list);
    }
}
