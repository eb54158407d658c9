package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseActions;
import dk.coi.portal.landscape.CaseStatus;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Who may do what with a case, for the service's checks and the screens' buttons alike: its editors (owner,
 * co-editors) and staff edit it; its editors submit a draft or returned case; staff publish or send back a
 * submitted one; its editors and staff confirm a published case up to date; anyone reads a published case's history
 * (signed in or not, as a wiki page's: one rule), its editors and staff any case's. Nobody else sees a case before
 * it is published. Its owner and staff choose its co-editors.
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

    /**
     * The person's relation to a case; {@code coEditing} tells whether a person (id) co-edits a case (id). An unsaved
     * case has no editors yet.
     */
    public static Viewer viewer(LandscapeCase kase, Optional<CurrentPerson> person,
                                BiPredicate<Long, Long> coEditing) {
        if (person.isEmpty()) {
            return Viewer.ANONYMOUS;
        }
        long me = person.get().id();
        boolean editor = kase.getId() != null && (kase.getOwnerId() == me || coEditing.test(kase.getId(), me));
        return new Viewer(true, editor, person.get().has(Role.COI_STAFF));
    }

    /** The owner and staff choose who co-edits a case. */
    public static boolean mayChooseEditors(LandscapeCase kase, Optional<CurrentPerson> person) {
        return person.filter(found -> found.id() == kase.getOwnerId() || found.has(Role.COI_STAFF)).isPresent();
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
        return viewer.mayEdit() || status == CaseStatus.PUBLISHED;
    }

    public static CaseActions actions(CaseStatus status, Viewer viewer) {
        return new CaseActions(viewer.mayEdit(), maySubmit(status, viewer), mayReview(status, viewer),
                mayConfirm(status, viewer), mayReadHistory(status, viewer));
    }
}
