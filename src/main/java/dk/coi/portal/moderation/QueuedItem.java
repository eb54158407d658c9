package dk.coi.portal.moderation;

import dk.coi.portal.shared.Subject;
import java.util.List;

/**
 * A reported piece of content in the staff queue with its open reports, oldest first. {@code item} is null when
 * the content is gone (deleted by its module); its reports can then only be dismissed.
 */
public record QueuedItem(Subject subject, ModeratedItem item, List<ReportLine> reports) {

    public boolean gone() {
        return item == null;
    }
}
