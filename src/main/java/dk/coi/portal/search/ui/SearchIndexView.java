package dk.coi.portal.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Route;
import dk.coi.portal.search.IndexProgress;
import dk.coi.portal.search.SearchIndexService;
import dk.coi.portal.shared.TranslatedPageTitle;
import jakarta.annotation.security.RolesAllowed;

/** Administrators rebuild the search index from the database and watch its progress live (Push). */
@Route("admin/soegeindeks")
@RolesAllowed("ADMIN")
class SearchIndexView extends VerticalLayout implements TranslatedPageTitle {

    private final SearchIndexService index;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button rebuild = new Button();

    SearchIndexView(SearchIndexService index) {
        this.index = index;
        NativeLabel label = new NativeLabel(getTranslation("search.index.progress"));
        label.setId("index-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "index-progress-label");
        progress.setId("index-progress");
        status.getElement().setAttribute("role", "status");
        status.setId("index-status");
        rebuild.setText(getTranslation("search.index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.PRIMARY);
        rebuild.setId("rebuild-index");
        rebuild.addClickListener(click -> start());
        add(new H1(getTranslation("search.index.title")), new Paragraph(getTranslation("search.index.text")),
                rebuild, label, progress, status);
        index.currentRebuild().ifPresentOrElse(this::show, () -> progress.setValue(0));
    }

    private void start() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        index.rebuild(update -> ui.access(() -> show(update)))
                .whenComplete((done, failure) -> ui.access(() -> {
                    rebuild.setEnabled(true);
                    if (failure != null) {
                        status.setText(getTranslation("search.index.failed"));
                    }
                }));
    }

    private void show(IndexProgress update) {
        progress.setValue(update.fraction());
        status.setText(update.done()
                ? getTranslation("search.index.done", update.indexed())
                : getTranslation("search.index.running", update.indexed(), update.total()));
    }

    @Override
    public String titleKey() {
        return "search.index.title";
    }
}
