package dk.coi.portal.moderation;

import dk.coi.portal.shared.Subject;
import java.util.List;

/**
 * A reported piece of content in the staff queue with its open reports, oldest first. {@code item} is null when
 * the content is gone (deleted by its module); its reports can then only be dismissed. {@code author} is the credit
 * of whoever wrote it ("Navn (Arbejdsplads)"), null when gone, unknown or erased.
 */
public record QueuedItem(Subject subject, ModeratedItem item, String author, List<ReportLine> reports) {

    public boolean gone() {
        return item == null;
    }
}
