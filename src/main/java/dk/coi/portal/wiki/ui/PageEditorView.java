package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Anchor;
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
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import dk.coi.portal.shared.ThreeWayMerge;
import dk.coi.portal.shared.ui.LeaveGuard;
import dk.coi.portal.shared.ui.MergeResolver;
import dk.coi.portal.wiki.PageScreen;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.shared.ui.MarkdownEditor;

/**
 * Editing a page in Markdown with a live preview, an edit summary and a minor-edit box. When someone else
 * saved meanwhile, their version is shown beside the editor's so the two can be merged; nothing is lost.
 */
@Route(WikiRoutes.EDIT)
@PermitAll
class PageEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiScreens screens;
    private final WikiWatchService watchlist;
    private final MarkdownEditor content;
    private final TextField summary = new TextField();
    private final Checkbox minor = new Checkbox();
    private final Checkbox watch = new Checkbox();
    private final Div conflict = new Div();
    private final Paragraph status = new Paragraph();
    private final Button save = new Button();
    private String title = "";
    private Long baseVersion;
    private Long baseRevision;
    private boolean watchedBefore;

    PageEditorView(WikiService wiki, WikiScreens screens, WikiWatchService watchlist) {
        this.wiki = wiki;
        this.screens = screens;
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
        status.getElement().setAttribute("role", "status");
        save.setText(getTranslation("wiki.edit.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-page");
        save.addClickListener(click -> save());
        status.setId("edit-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        conflict.removeAll();
        conflict.addClassName("portal-merge");
        add(new H1(getTranslation("wiki.edit.heading", title)), status, conflict);
        PageScreen screen = screens.page(title);
        Optional<WikiPageView> page = screen.page();
        // Refused before anything is typed, by the rules the save would apply.
        if (page.isPresent() ? !screen.may().edit() : !screen.may().create()) {
            Paragraph refused = new Paragraph(getTranslation(page.isEmpty() ? "wiki.edit.cannot-create"
                    : page.get().deleted() ? "wiki.edit.page-deleted" : "wiki.edit.protected-before"));
            refused.addClassName("portal-alert");
            refused.setId("edit-refused");
            add(refused, new Anchor(page.map(WikiPageView::path).orElse("wiki"), getTranslation("wiki.edit.back")));
            return;
        }
        if (screen.may().editWaitsForReview()) {
            Paragraph reviewed = new Paragraph(getTranslation("wiki.edit.reviewed-notice"));
            reviewed.addClassName("portal-alert");
            reviewed.setId("edit-review-notice");
            add(reviewed);
        }
        add(content, summary, minor, watch, save);
        save.setEnabled(true);
        baseVersion = page.map(WikiPageView::version).orElse(null);
        baseRevision = page.map(WikiPageView::revision).orElse(null);
        content.setSavedValue(page.map(WikiPageView::content).orElse(""));
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
                    minor.getValue(), baseVersion, baseRevision));
            if (outcome instanceof EditOutcome.AwaitingReview) {
                Notification.show(getTranslation("wiki.edit.awaiting-review"), 8000, Notification.Position.TOP_CENTER);
            } else if (outcome instanceof EditOutcome.Published published && published.mergedWithNewer()) {
                Notification.show(getTranslation("wiki.edit.merged"), 8000, Notification.Position.TOP_CENTER);
            }
            content.markSaved();
            followWatchBox();
            getUI().ifPresent(ui -> {
                if (outcome instanceof EditOutcome.Published) {
                    SavedEdit.remember(ui, title);
                }
                Navigation.open(ui, WikiTitles.path(title));
            });
        } catch (EditConflictException stale) {
            showConflict(stale);
        } catch (InvalidInputException invalid) {
            invalid.fieldMessageKeys().forEach((field, key) -> {
                switch (field) {
                    case "summary" -> {
                        summary.setErrorMessage(getTranslation(key));
                        summary.setInvalid(true);
                    }
                    case "content" -> content.showError(getTranslation(key));
                    default -> {
                        // Said at the top of the form, which may be far above the Save button.
                        status.setText(getTranslation(key));
                        status.scrollIntoView();
                    }
                }
            });
        }
    }

    private void followWatchBox() {
        if (watch.getValue() && !watchedBefore) {
            watchlist.watch(title, FollowPeriod.PERMANENT, getLocale());
        } else if (!watch.getValue() && watchedBefore) {
            watchlist.unwatch(title);
        }
    }

    /**
     * Someone saved meanwhile and the edits overlap: the merge is shown with each overlap to decide; saving waits
     * until every overlap is decided and the merged text is in the editor, which then builds on their version.
     */
    private void showConflict(EditConflictException stale) {
        WikiPageView theirs = stale.current();
        String who = theirs.lastEditor() == null ? getTranslation("person.erased") : theirs.lastEditor();
        ThreeWayMerge.Result merge = stale.merge() != null ? stale.merge()
                : ThreeWayMerge.merge("", content.getValue(), theirs.content());
        conflict.removeAll();
        // The merge was worked out from the text as it was saved: the editor waits until the merged text is in it,
        // so nothing typed meanwhile is replaced unseen.
        content.setReadOnly(true);
        conflict.add(new MergeResolver(merge, who, merged -> {
            baseVersion = theirs.version();
            baseRevision = theirs.revision();
            content.setReadOnly(false);
            content.setValue(merged);
            conflict.removeAll();
            save.setEnabled(true);
            status.setText(getTranslation("wiki.conflict.merged"));
        }));
        save.setEnabled(false);
        status.setText(getTranslation("wiki.conflict.status"));
        // The save button is below the editor: on a phone the conflict above it would be out of sight.
        conflict.scrollIntoView();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.edit.heading", title) + " | " + getTranslation("app.name");
    }
}
