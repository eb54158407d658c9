package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import dk.coi.portal.shared.TranslatedPageTitle;

/**
 * A screen listing things a person acts on (a review queue, a watchlist, notices): its heading, the status line
 * that announces what an action did, then the content, built anew from the services on entering and after each
 * action so it shows what the server holds now. The status is cleared on entering only, so an action's outcome
 * stays above the rebuilt content.
 */
public abstract class ListScreen extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    protected final FormStatus status;

    protected ListScreen(String statusId) {
        status = new FormStatus(statusId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.clear();
        rebuild();
    }

    /** Builds the screen anew: heading, status, then {@link #addContent()}. */
    protected final void rebuild() {
        removeAll();
        add(new H1(getTranslation(titleKey())), status);
        addContent();
    }

    /** Adds what the screen shows below its heading and status, as the services have it now. */
    protected abstract void addContent();
}
