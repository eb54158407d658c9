package dk.coi.portal.wiki.ui;

import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.EditConflictException;
import dk.coi.portal.wiki.EditOutcome;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WatchPeriod;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import dk.coi.portal.shared.ui.LeaveGuard;
import dk.coi.portal.shared.ui.MarkdownEditor;

/**
 * Editing a page in Markdown with a live preview, an edit summary and a minor-edit box. When someone else
 * saved meanwhile, their version is shown beside the editor's so the two can be merged; nothing is lost.
 */
@Route("wiki/:title/rediger")
@PermitAll
class PageEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiWatchService watchlist;
    private final MarkdownEditor content;
    private final TextField summary = new TextField();
    private final Checkbox minor = new Checkbox();
    private final Checkbox watch = new Checkbox();
    private final Div conflict = new Div();
    private final Paragraph status = new Paragraph();
    private String title = "";
    private Long baseVersion;
    private boolean watchedBefore;

    PageEditorView(WikiService wiki, WikiWatchService watchlist) {
        this.wiki = wiki;
        this.watchlist = watchlist;
        content = new MarkdownEditor("page", getTranslation("wiki.edit.content"),
                getTranslation("wiki.edit.content.help"), wiki::preview)
                .addTools(new MarkdownEditor.Tool("wiki-link", getTranslation("wiki.toolbar.wiki-link"),
                                getTranslation("wiki.toolbar.wiki-link.placeholder"), "[[", "]]", false),
                        new MarkdownEditor.Tool("category", getTranslation("wiki.toolbar.category"),
                                getTranslation("wiki.toolbar.category.placeholder"),
                                "[[" + WikiTitles.CATEGORY_PREFIX, "]]", false));
        summary.setLabel(getTranslation("wiki.edit.summary"));
        summary.setMaxLength(WikiService.MAX_SUMMARY_LENGTH);
        summary.setWidthFull();
        summary.setId("edit-summary");
        minor.setLabel(getTranslation("wiki.edit.minor"));
        minor.setId("minor-edit");
        watch.setLabel(getTranslation("wiki.edit.watch"));
        watch.setId("watch-this-page");
        conflict.setId("edit-conflict");
        conflict.setVisible(false);
        status.getElement().setAttribute("role", "status");
        status.setId("edit-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        Button save = new Button(getTranslation("wiki.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-page");
        add(new H1(getTranslation("wiki.edit.heading", title)), status, conflict);
        Optional<WikiPageView> page = wiki.page(title);
        if (page.filter(WikiPageView::reviewRequired).isPresent()) {
            Paragraph reviewed = new Paragraph(getTranslation("wiki.edit.reviewed-notice"));
            reviewed.addClassName("portal-alert");
            reviewed.setId("edit-review-notice");
            add(reviewed);
        }
        add(content, summary, minor, watch, save);
        page.ifPresentOrElse(found -> {
            baseVersion = found.version();
            content.setSavedValue(found.content());
        }, () -> {
            baseVersion = null;
            content.setSavedValue("");
        });
        // As in MediaWiki: pages you start are watched; for others the box shows whether you watch already.
        watchedBefore = page.isPresent() && watchlist.watching(title).isPresent();
        watch.setValue(page.isEmpty() || watchedBefore);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, content.hasUnsavedText());
    }

    private void save() {
        content.clearError();
        summary.setInvalid(false);
        try {
            EditOutcome outcome = wiki.submit(new WikiEdit(title, content.getValue(), summary.getValue(),
                    minor.getValue(), baseVersion));
            if (outcome instanceof EditOutcome.AwaitingReview) {
                Notification.show(getTranslation("wiki.edit.awaiting-review"), 8000, Notification.Position.TOP_CENTER);
            }
            content.markSaved();
            followWatchBox();
            getUI().ifPresent(ui -> Navigation.open(ui, WikiTitles.path(title)));
        } catch (EditConflictException stale) {
            showConflict(stale.current());
        } catch (InvalidInputException invalid) {
            invalid.fieldMessageKeys().forEach((field, key) -> {
                switch (field) {
                    case "summary" -> {
                        summary.setErrorMessage(getTranslation(key));
                        summary.setInvalid(true);
                    }
                    case "content" -> content.showError(getTranslation(key));
                    default -> status.setText(getTranslation(key));
                }
            });
        }
    }

    private void followWatchBox() {
        if (watch.getValue() && !watchedBefore) {
            watchlist.watch(title, WatchPeriod.PERMANENT, getLocale());
        } else if (!watch.getValue() && watchedBefore) {
            watchlist.unwatch(title);
        }
    }

    /** Their saved text beside ours; the next save builds on their version, so it is a deliberate merge. */
    private void showConflict(WikiPageView theirs) {
        baseVersion = theirs.version();
        TextArea saved = new TextArea(getTranslation("wiki.conflict.theirs", theirs.lastEditor() == null
                ? getTranslation("person.erased") : theirs.lastEditor()));
        saved.setValue(theirs.content());
        saved.setReadOnly(true);
        saved.setWidthFull();
        saved.setId("conflict-theirs");
        conflict.removeAll();
        conflict.addClassName("portal-alert");
        conflict.add(new Paragraph(getTranslation("wiki.conflict.text")), saved);
        conflict.setVisible(true);
        status.setText(getTranslation("wiki.conflict.status"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.edit.heading", title) + " | " + getTranslation("app.name");
    }
}
