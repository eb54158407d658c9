package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.landscape.CaseHistory;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRevision;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.DiffPanel;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.RevisionPicker;
import java.util.List;
import java.util.Optional;

/**
 * A case's history: its versions newest first (when, who, what), each with a link to its difference from the one
 * before and radio buttons to pick any two to compare (the shared {@link RevisionPicker}); with {@code ?fra=&til=}
 * (or {@code ?til=} alone) the fields that changed between the two, side by side, put into the reader's language
 * here; and for its editors and staff a button restoring an older version as a new one.
 */
@Route(CaseRoutes.LIST + "/:case(\\d{1,18})/" + CaseRoutes.HISTORY)
// Readers who are not signed in get web.CaseHistoryPage at the address: a published case's history is public.
@AnonymousAllowed
class CaseHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final FormStatus status = new FormStatus("case-history-status");
    private String title = "";
    private CaseId id;
    private Long from;
    private Long to;

    CaseHistoryView(CaseService cases) {
        this.cases = cases;
        addClassName("portal-case-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        from = number(parameters.get(CaseRoutes.DIFF_FROM));
        to = number(parameters.get(CaseRoutes.DIFF_TO));
        id = event.getRouteParameters().get("case").flatMap(CaseRoutes::idOf).orElse(null);
        Optional<CaseHistory> history = id == null ? Optional.empty() : cases.history(id, from, to);
        if (history.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        status.clear();
        show(history.get());
    }

    private static Long number(List<String> values) {
        if (values == null || values.isEmpty() || !values.getFirst().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(values.getFirst());
    }

    private void show(CaseHistory history) {
        removeAll();
        title = getTranslation("landscape.history.title", history.kase().title());
        Anchor kase = new Anchor("/" + history.kase().path(), history.kase().title());
        kase.setId("case-link");
        add(new H1(title), new Paragraph(kase), status);
        if (history.diff() != null) {
            add(diff(history.diff()));
        }
        List<CaseRevision> revisions = history.revisions();
        RevisionPicker picker = new RevisionPicker(revisions.stream().map(revision -> new RevisionPicker.Pickable(
                revision.revision(), String.valueOf(revision.version()), revision.time())).toList(),
                CaseRoutes.DIFF_FROM, CaseRoutes.DIFF_TO, getLocale());
        if (picker.offered()) {
            picker.controls((older, newer) -> CaseRoutes.diff(id, older, newer)).forEach(this::add);
        }
        UnorderedList lines = new UnorderedList();
        lines.setId("case-revisions");
        for (int i = 0; i < revisions.size(); i++) {
            CaseRevision revision = revisions.get(i);
            ListItem line = new ListItem();
            if (picker.offered()) {
                line.add(picker.radios(revision.revision()));
            }
            line.add(new Span(getTranslation("landscape.history.version", revision.version())),
                    ChangeLines.separator(), new Span(ChangeLines.time(revision.time(), getLocale())),
                    ChangeLines.separator(), ChangeLines.author(revision.authorName() == null
                            ? getTranslation("person.erased") : revision.authorName()));
            ChangeLines.addSummary(line, revision.summary());
            if (i + 1 < revisions.size()) {
                line.add(new Text(" "), new Anchor("/" + CaseRoutes.diff(id, revisions.get(i + 1).revision(),
                        revision.revision()), getTranslation("landscape.history.compare")));
            }
            if (i > 0 && history.mayRestore()) {
                Button restore = new Button(getTranslation("landscape.history.restore", revision.version()),
                        click -> status.attempt(() -> cases.restore(id, revision.revision(),
                                cases.editing(id).orElseThrow().version()), this::refresh,
                                "landscape.history.restored"));
                restore.setId("case-restore-" + revision.revision());
                restore.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                line.add(new Text(" "), restore);
            }
            lines.add(line);
        }
        add(lines);
    }

    private void refresh() {
        cases.history(id, from, to).ifPresent(this::show);
    }

    private Div diff(CaseHistory.Comparison diff) {
        Div place = new Div();
        place.setId("case-diff");
        String before = I18NProvider.translate("landscape.history.before", diff.from().version());
        String after = I18NProvider.translate("landscape.history.after", diff.to().version());
        place.add(new H2(getTranslation("landscape.history.diff", diff.from().version(), diff.to().version())));
        if (diff.fields().isEmpty()) {
            place.add(new Paragraph(getTranslation("landscape.history.same")));
        }
        int n = 0;
        for (CaseHistory.FieldChange field : diff.fields()) {
            place.add(new H3(getTranslation(field.labelKey())), DiffPanel.sideBySide("case-diff-" + n++,
                    TextDiff.between(shown(field.before()), shown(field.after())), before, after, true));
        }
        return place;
    }

    private String shown(CaseHistory.FieldValue value) {
        return value.inWords(this::getTranslation, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
