package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.landscape.CaseEditorList;
import dk.coi.portal.landscape.CaseEditors;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.Optional;

/**
 * A case's co-editors on its page, for its editors and staff: their names (and workplaces), and for the owner and
 * staff a button to remove each and a name search among public employees to add one. Shown to nobody else.
 */
class CaseEditorsSection extends Section {

    private final CaseEditors editors;
    private final CaseId id;
    private final FormStatus status = new FormStatus("case-editors-status");

    private CaseEditorsSection(CaseEditors editors, CaseId id) {
        this.editors = editors;
        this.id = id;
        setId("case-editors");
    }

    /** The section, when the person may see the case's co-editors. */
    static Optional<CaseEditorsSection> of(CaseEditors editors, CaseId id) {
        return editors.list(id).map(list -> {
            CaseEditorsSection section = new CaseEditorsSection(editors, id);
            section.show(list);
            return section;
        });
    }

    private void show(CaseEditorList list) {
        removeAll();
        add(new H2(getTranslation("landscape.editors.title")));
        if (list.coEditors().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.editors.none"));
            none.setId("case-editors-none");
            add(none);
        } else {
            UnorderedList names = new UnorderedList();
            names.setId("case-editors-list");
            for (Author editor : list.coEditors()) {
                ListItem item = new ListItem(new Span(editor.credit()));
                if (list.mayChoose()) {
                    Button remove = new Button(getTranslation("landscape.editors.remove"), click -> status.attempt(
                            () -> editors.remove(id, PersonId.of(editor.personId())), this::refresh,
                            "landscape.editors.removed"));
                    remove.setId("case-editor-remove-" + editor.personId());
                    remove.addThemeVariants(ButtonVariant.TERTIARY);
                    remove.getElement().setAttribute("aria-label", getTranslation("landscape.editors.remove-named",
                            editor.displayName()));
                    item.add(remove);
                }
                names.add(item);
            }
            add(names);
        }
        if (list.mayChoose()) {
            add(adding());
        }
        add(status);
    }

    private HorizontalLayout adding() {
        ComboBox<Author> person = new ComboBox<>(getTranslation("landscape.editors.person"));
        person.setId("case-editor-person");
        person.setHelperText(getTranslation("landscape.editors.person-help"));
        person.setItemLabelGenerator(Author::credit);
        person.setItems(query -> editors.candidates(id, query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        Button add = new Button(getTranslation("landscape.editors.add"), click -> {
            if (person.getValue() == null) {
                status.done(getTranslation("landscape.editors.choose-first"));
                return;
            }
            status.attempt(() -> editors.add(id, PersonId.of(person.getValue().personId())), this::refresh,
                    "landscape.editors.added");
        });
        add.setId("case-editor-add");
        HorizontalLayout row = new HorizontalLayout(person, add);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        editors.list(id).ifPresentOrElse(this::show, this::removeAll);
    }
}
