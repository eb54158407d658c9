package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.wiki.WikiReviewService;

/** The reason or note staff give for an action (protect, delete, hide, review, move); the log shows it. */
class ReasonField extends TextField {

    ReasonField(String labelKey, String id) {
        setLabel(getTranslation(labelKey));
        setId(id);
        setMaxLength(WikiReviewService.MAX_NOTE_LENGTH);
        setWidthFull();
    }
}
