package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.PageActions;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.WikiTitles;

/**
 * Who may do what with a page: the one set of rules the services enforce and the screens ask, so a screen never
 * offers what the service would refuse. Pure: it decides from the page's state and the actor's roles alone.
 */
public final class PagePolicy {

    /** Who is acting: signed in or not, and with which of the roles the rules care about. */
    public record Actor(boolean signedIn, boolean employee, boolean staff) {

        public static final Actor ANONYMOUS = new Actor(false, false, false);
    }

    /** The state of a page the rules look at. */
    public record PageState(boolean deleted, PageProtection protection, boolean reviewRequired) {

        public static PageState of(WikiPage page) {
            return new PageState(page.isDeleted(), page.getProtection(), page.isReviewRequired());
        }
    }

    private PagePolicy() {
    }

    /** Changing the text (published at once, or waiting for review): not a deleted page, a protected one for staff. */
    public static boolean mayEdit(Actor actor, PageState page) {
        return actor.signedIn() && !page.deleted() && (actor.staff() || page.protection() == PageProtection.NONE);
    }

    /** An edit by this actor waits for staff review instead of being published. */
    public static boolean editWaitsForReview(Actor actor, PageState page) {
        return page.reviewRequired() && !actor.staff();
    }

    /** Moving decides what stands at the page's official address: employees, and staff for guarded pages. */
    public static boolean mayMove(Actor actor, PageState page) {
        return mayEdit(actor, page) && actor.employee()
                && (actor.staff() || !PageProtection.moveNeedsStaff(page.protection(), page.reviewRequired()));
    }

    /** Protection, review, deletion and rollback are for staff. */
    public static boolean maySteward(Actor actor) {
        return actor.staff();
    }

    /** A deleted page's text is shown to staff only. */
    public static boolean mayReadDeleted(Actor actor) {
        return actor.staff();
    }

    /** A missing page may be started by anyone signed in, under a title the rules accept. */
    public static boolean mayCreate(Actor actor, String title) {
        return actor.signedIn() && WikiTitles.problem(WikiTitles.normalize(title)).isEmpty();
    }

    /** Everything the actor may do with an existing page, for its screen. */
    public static PageActions actions(Actor actor, PageState page) {
        boolean edit = mayEdit(actor, page);
        return new PageActions(edit, edit && editWaitsForReview(actor, page), mayMove(actor, page),
                maySteward(actor), actor.signedIn() && !page.deleted(), false);
    }

    /** What the actor may do where a page does not exist: start it. */
    public static PageActions actionsOnMissing(Actor actor, String title) {
        return new PageActions(false, false, false, false, false, mayCreate(actor, title));
    }
}
