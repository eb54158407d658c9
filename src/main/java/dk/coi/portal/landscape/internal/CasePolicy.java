package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseActions;
import dk.coi.portal.landscape.CaseStatus;

/**
 * Who may do what with a case, for the service's checks and the screens' buttons alike: its editors (owner,
 * co-editors) and staff edit it; its editors submit a draft or returned case; staff publish or send back a
 * submitted one; its editors and staff confirm a published case up to date; anyone signed in reads a published
 * case's history, its editors and staff any case's. Nobody else sees a case before it is published.
 */
public final class CasePolicy {

    private CasePolicy() {
    }

    /** The person's relation to the case: none (anonymous), signed in, editor (owner or co-editor), staff. */
    public record Viewer(boolean signedIn, boolean editor, boolean staff) {

        public static final Viewer ANONYMOUS = new Viewer(false, false, false);

        public boolean mayEdit() {
            return editor || staff;
        }
    }

    public static boolean mayRead(CaseStatus status, Viewer viewer) {
        return status == CaseStatus.PUBLISHED || viewer.mayEdit();
    }

    public static boolean maySubmit(CaseStatus status, Viewer viewer) {
        return viewer.mayEdit() && (status == CaseStatus.DRAFT || status == CaseStatus.RETURNED);
    }

    public static boolean mayReview(CaseStatus status, Viewer viewer) {
        return viewer.staff() && status == CaseStatus.SUBMITTED;
    }

    public static boolean mayConfirm(CaseStatus status, Viewer viewer) {
        return viewer.mayEdit() && status == CaseStatus.PUBLISHED;
    }

    public static boolean mayReadHistory(CaseStatus status, Viewer viewer) {
        return viewer.mayEdit() || (viewer.signedIn() && status == CaseStatus.PUBLISHED);
    }

    public static CaseActions actions(CaseStatus status, Viewer viewer) {
        return new CaseActions(viewer.mayEdit(), maySubmit(status, viewer), mayReview(status, viewer),
                mayConfirm(status, viewer), mayReadHistory(status, viewer));
    }
}
