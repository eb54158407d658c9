package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writing Markdown: a text area with a formatting toolbar (the common Markdown, plus a module's own markup such as
 * wiki links) and a live preview rendered on the server by the same pipeline as the saved text, refused with the
 * same message when the text could not be saved. It knows whether the text differs from what was last saved, and
 * while it does the browser asks before the tab is closed or the page left (as MediaWiki does); a view asks
 * before in-app navigation with {@link LeaveGuard}.
 */
public class MarkdownEditor extends Composite<Div> {

    /** A toolbar button that wraps the selection in {@code before}…{@code after}, or prefixes the line. */
    public record Tool(String name, String label, String placeholder, String before, String after, boolean linePrefix) {
    }

    /** Wraps the selection in $0…$1 (placeholder $2), or with $3 set prefixes the current line with $0. */
    private static final String INSERT = """
            const area = this.inputElement;
            const start = area.selectionStart, end = area.selectionEnd;
            if ($3) {
              const lineStart = area.value.lastIndexOf('\\n', start - 1) + 1;
              area.setRangeText($0, lineStart, lineStart, 'end');
            } else {
              const selected = area.value.substring(start, end) || $2;
              area.setRangeText($0 + selected + $1, start, end, 'end');
              area.setSelectionRange(start + $0.length, start + $0.length + selected.length);
            }
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.dispatchEvent(new Event('change', {bubbles: true}));
            area.focus();
            """;
    /** The browser's own "leave this page?" while $0 is true (typed but not saved). */
    private static final String GUARD_UNLOAD = """
            window.portalUnsavedText = $0;
            if (!window.portalUnloadGuard) {
              window.portalUnloadGuard = event => { if (window.portalUnsavedText) { event.preventDefault(); event.returnValue = ''; } };
              window.addEventListener('beforeunload', window.portalUnloadGuard);
            }
            """;

    private final TextArea source = new TextArea();
    private final Div toolbar = new Div();
    private final Div preview = new Div();
    private final Paragraph previewLabel = new Paragraph();
    private final Function<String, SafeHtml> render;
    private final List<Tool> tools = new ArrayList<>();
    private String saved = "";
    private boolean guarded;

    /**
     * @param id     prefix of the element ids ({@code id-source}, {@code id-preview}, {@code id-toolbar})
     * @param render the server-side rendering of a text, throwing {@link InvalidInputException} for a text that
     *               could not be saved
     */
    public MarkdownEditor(String id, String label, String helperText, Function<String, SafeHtml> render) {
        this.render = render;
        source.setLabel(label);
        source.setHelperText(helperText);
        source.setWidthFull();
        source.setMinRows(12);
        source.setId(id + "-source");
        // The value reaches the server on change (before a click on Save is handled); the preview follows typing
        // through its own debounced event, so a large text is not sent on every key stroke.
        source.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        source.getElement().addEventListener("input", typing -> typed(typing.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(500);
        source.addValueChangeListener(change -> guardUnload());
        toolbar.setId(id + "-toolbar");
        toolbar.addClassName("portal-toolbar");
        toolbar.getElement().setAttribute("role", "toolbar");
        toolbar.getElement().setAttribute("aria-label", getTranslation("editor.toolbar.label"));
        toolbar.getElement().setAttribute("aria-controls", source.getId().orElseThrow());
        preview.setId(id + "-preview");
        addTools(
                new Tool("bold", tr("editor.tool.bold"), tr("editor.tool.bold.placeholder"), "**", "**", false),
                new Tool("italic", tr("editor.tool.italic"), tr("editor.tool.italic.placeholder"), "*", "*", false),
                new Tool("heading", tr("editor.tool.heading"), "", "## ", "", true),
                new Tool("bullets", tr("editor.tool.bullets"), "", "- ", "", true),
                new Tool("numbers", tr("editor.tool.numbers"), "", "1. ", "", true),
                new Tool("quote", tr("editor.tool.quote"), "", "> ", "", true),
                new Tool("link", tr("editor.tool.link"), tr("editor.tool.link.placeholder"), "[", "](https://)", false),
                new Tool("table", tr("editor.tool.table"), tr("editor.tool.table.placeholder"),
                        "\n| " + tr("editor.tool.table.column") + " | " + tr("editor.tool.table.column") + " |\n|---|---|\n| ",
                        " | |\n", false));
        // The preview is named, not headed: the editor sits at different heading levels in different forms, and a
        // heading of its own would file what follows the form under "Forhåndsvisning".
        // Shown once there is text to preview: "Forhåndsvisning" above nothing reads as a heading without content.
        previewLabel.setText(getTranslation("editor.preview"));
        previewLabel.setVisible(false);
        previewLabel.setId(id + "-preview-label");
        previewLabel.addClassName("portal-preview-label");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-labelledby", previewLabel.getId().orElseThrow());
        getContent().add(toolbar, source, previewLabel, preview);
    }

    /** Adds a module's own toolbar buttons after the common ones. */
    public MarkdownEditor addTools(Tool... extra) {
        for (Tool tool : extra) {
            tools.add(tool);
            Button button = new Button(tool.label(), click -> source.getElement().executeJs(INSERT, tool.before(),
                    tool.after(), tool.placeholder(), tool.linePrefix()));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.setId("toolbar-" + tool.name());
            toolbar.add(button);
        }
        return this;
    }

    /** Shows a text that is saved as it stands (the page's current text), and its preview. */
    public void setSavedValue(String text) {
        saved = Objects.requireNonNullElse(text, "");
        source.setValue(saved);
        // The preview of a long text is large and below the text area: it follows in a second round trip, once the
        // browser has shown the editor.
        preview.removeAll();
        preview.getElement().executeJs("return 0;").then(shown -> {
            if (preview.getChildren().findAny().isEmpty()) {
                showPreview(source.getValue());
            }
        });
        guardUnload();
    }

    /** After a save: the text as it now stands is the saved one. */
    public void markSaved() {
        saved = source.getValue();
        guardUnload();
    }

    public String getValue() {
        return source.getValue();
    }

    /** Replaces the text without it counting as saved (e.g. a merged text the person still has to save). */
    public void setValue(String text) {
        source.setValue(Objects.requireNonNullElse(text, ""));
        showPreview(source.getValue());
        guardUnload();
    }

    /** The text differs from what was last saved. */
    public boolean hasUnsavedText() {
        return !source.getValue().equals(saved);
    }

    public void setReadOnly(boolean readOnly) {
        source.setReadOnly(readOnly);
        toolbar.setVisible(!readOnly);
    }

    public void showError(String message) {
        source.setErrorMessage(message);
        source.setInvalid(true);
    }

    public void clearError() {
        source.setInvalid(false);
    }

    public TextArea source() {
        return source;
    }

    private void typed(String text) {
        showPreview(text);
        if (!text.equals(saved) != guarded) {
            guardUnload(!text.equals(saved));
        }
    }

    private void showPreview(String text) {
        preview.removeAll();
        previewLabel.setVisible(text != null && !text.isBlank());
        try {
            preview.add(SafeHtmlContent.prose(render.apply(text)));
        } catch (InvalidInputException refused) {
            FormStatus message = new FormStatus(source.getId().orElseThrow().replace("-source", "") + "-preview-refused");
            message.refused(refused);
            preview.add(message);
        }
    }

    private void guardUnload() {
        guardUnload(hasUnsavedText());
    }

    private void guardUnload(boolean unsaved) {
        guarded = unsaved;
        getElement().executeJs(GUARD_UNLOAD, unsaved);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        guardUnload();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        // Leaving the editor inside the portal (after the person agreed) must not leave the browser asking.
        detach.getUI().getPage().executeJs("window.portalUnsavedText = false;");
    }

    private String tr(String key) {
        return getTranslation(key);
    }
}
