package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import dk.coi.portal.shared.ui.SafeConfirm;

/**
 * Staff's one question before publishing a case, saying what follows (public to all, in the catalogue and search,
 * its editors told), as publishing cannot be taken back from the screen; waiting is the safe answer.
 */
final class PublishConfirmation {

    static final String ID = "case-publish-dialog";

    private PublishConfirmation() {
    }

    static void ask(Component from, String title, Runnable publishing) {
        SafeConfirm.ask(ID, from.getTranslation("landscape.review.publish-title", title),
                from.getTranslation("landscape.review.publish-text"),
                from.getTranslation("landscape.review.publish"), from.getTranslation("landscape.review.publish-wait"),
                publishing, () -> { }).open();
    }
}
