package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.DemoActors;
import dk.coi.portal.ideastorm.IdeaComments;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's moderation in the open jobcentre storm ({@link DemoIdeas}), done by the demo people through the
 * services, so it has the real rules, log lines, events and notices: Camilla (staff) merges a duplicate idea into the
 * one it repeats and hides a comment that names a citizen, and Mads reports an off-topic comment, which waits in the
 * moderation queue.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoModeration {

    private static final String STAFF = "coi@demo.coi.dk";
    private static final String EMPLOYEE = "medarbejder@demo.coi.dk";

    /** The demo's items to moderate: the idea kept and its duplicate, the comment to hide and the one to report. */
    record Items(long kept, long duplicate, long commentToHide, long commentToReport) {
    }

    private final DemoActors actors;
    private final IdeaMergeService merges;
    private final ModerationService moderation;

    DemoModeration(DemoActors actors, IdeaMergeService merges, ModerationService moderation) {
        this.actors = actors;
        this.merges = merges;
        this.moderation = moderation;
    }

    void moderate(Items items) {
        actors.runAs(STAFF, () -> {
            merges.merge(IdeaId.of(items.duplicate()), IdeaId.of(items.kept()),
                    "Samme idé som »Skriv, hvad samtalen skal handle om«. Stemmerne tæller nu dér.");
            moderation.hide(IdeaComments.subject(items.commentToHide()),
                    "Kommentaren nævner en borger ved navn og bydel. Skriv den gerne igen uden personlige oplysninger.");
        });
        actors.runAs(EMPLOYEE, () -> moderation.report(IdeaComments.subject(items.commentToReport()),
                ReportCategory.OFF_TOPIC, "Handler om ventetiden i telefonen, ikke om idéen."));
    }
}
