package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Buttons that put the common Markdown around the selection in the editor (or a placeholder when nothing
 * is selected), or in front of the current line, as a person would type it. Runs in the browser so the
 * caret and undo history stay where the person left them; the change reaches the server like typing does.
 */
class MarkdownToolbar extends Div {

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

    MarkdownToolbar(TextArea editor) {
        setId("editor-toolbar");
        addClassName("portal-toolbar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("wiki.toolbar.label"));
        getElement().setAttribute("aria-controls", editor.getId().orElse(""));
        add(wrap(editor, "bold", "**", "**"),
                wrap(editor, "italic", "*", "*"),
                line(editor, "heading", "## "),
                line(editor, "bullets", "- "),
                line(editor, "numbers", "1. "),
                line(editor, "quote", "> "),
                wrap(editor, "link", "[", "](https://)"),
                wrap(editor, "wiki-link", "[[", "]]"),
                wrap(editor, "category", "[[" + dk.coi.portal.wiki.WikiTitles.CATEGORY_PREFIX, "]]"),
                wrap(editor, "table", "\n| Kolonne | Kolonne |\n|---|---|\n| ", " | |\n"));
    }

    private Button wrap(TextArea editor, String name, String before, String after) {
        return button(editor, name, before, after, false);
    }

    private Button line(TextArea editor, String name, String prefix) {
        return button(editor, name, prefix, "", true);
    }

    private Button button(TextArea editor, String name, String before, String after, boolean linePrefix) {
        String placeholder = getTranslation("wiki.toolbar." + name + ".placeholder");
        Button button = new Button(getTranslation("wiki.toolbar." + name),
                click -> editor.getElement().executeJs(INSERT, before, after, placeholder, linePrefix));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setId("toolbar-" + name);
        return button;
    }
}
