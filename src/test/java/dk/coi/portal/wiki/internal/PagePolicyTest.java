package dk.coi.portal.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.wiki.PageActions;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.internal.PagePolicy.Actor;
import dk.coi.portal.wiki.internal.PagePolicy.PageState;
import org.junit.jupiter.api.Test;

class PagePolicyTest {

    private static final Actor CITIZEN = new Actor(true, false, false);
    private static final Actor EMPLOYEE = new Actor(true, true, false);
    private static final Actor STAFF = new Actor(true, true, true);
    private static final PageState OPEN = new PageState(false, PageProtection.NONE, false);
    private static final PageState REVIEWED = new PageState(false, PageProtection.NONE, true);
    private static final PageState PROTECTED = new PageState(false, PageProtection.STAFF, false);
    private static final PageState DELETED = new PageState(true, PageProtection.NONE, false);

    @Test
    void anonymousReadersOnlyRead() {
        assertThat(PagePolicy.actions(Actor.ANONYMOUS, OPEN))
                .isEqualTo(new PageActions(false, false, false, false, false, false));
        assertThat(PagePolicy.actionsOnMissing(Actor.ANONYMOUS, "Ny side").create()).isFalse();
    }

    @Test
    void citizensEditOpenPagesButDoNotMoveThem() {
        assertThat(PagePolicy.actions(CITIZEN, OPEN)).isEqualTo(new PageActions(true, false, false, false, true, false));
        assertThat(PagePolicy.actionsOnMissing(CITIZEN, "Ny side").create()).isTrue();
        assertThat(PagePolicy.actionsOnMissing(CITIZEN, "Ny; side").create()).as("a title the rules refuse").isFalse();
    }

    @Test
    void employeesMoveOpenPagesButOnlyStaffMoveGuardedOnes() {
        assertThat(PagePolicy.mayMove(EMPLOYEE, OPEN)).isTrue();
        assertThat(PagePolicy.mayMove(EMPLOYEE, REVIEWED)).isFalse();
        assertThat(PagePolicy.mayMove(STAFF, REVIEWED)).isTrue();
        assertThat(PagePolicy.mayMove(STAFF, PROTECTED)).isTrue();
    }

    @Test
    void editsOfReviewedPagesWaitUnlessStaffMakesThem() {
        assertThat(PagePolicy.actions(EMPLOYEE, REVIEWED).editWaitsForReview()).isTrue();
        assertThat(PagePolicy.actions(STAFF, REVIEWED).editWaitsForReview()).isFalse();
    }

    @Test
    void protectedPagesAreForStaffAndDeletedPagesForNobody() {
        assertThat(PagePolicy.mayEdit(EMPLOYEE, PROTECTED)).isFalse();
        assertThat(PagePolicy.mayEdit(STAFF, PROTECTED)).isTrue();
        assertThat(PagePolicy.mayEdit(STAFF, DELETED)).isFalse();
        assertThat(PagePolicy.actions(STAFF, DELETED).watch()).isFalse();
        assertThat(PagePolicy.mayReadDeleted(STAFF)).isTrue();
        assertThat(PagePolicy.mayReadDeleted(EMPLOYEE)).isFalse();
    }
}
