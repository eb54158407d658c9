package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.landscape.CaseActions;
import dk.coi.portal.landscape.CaseStatus;
import org.junit.jupiter.api.Test;

/** Who may do what with a case, by its status: the rules the service enforces and the screens offer. */
class CasePolicyTest {

    private static final CasePolicy.Viewer ANONYMOUS = CasePolicy.Viewer.ANONYMOUS;
    private static final CasePolicy.Viewer SIGNED_IN = new CasePolicy.Viewer(true, false, false);
    private static final CasePolicy.Viewer EDITOR = new CasePolicy.Viewer(true, true, false);
    private static final CasePolicy.Viewer STAFF = new CasePolicy.Viewer(true, false, true);

    @Test
    void onlyEditorsAndStaffSeeAnUnpublishedCase() {
        for (CaseStatus status : new CaseStatus[] {CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.RETURNED}) {
            assertThat(CasePolicy.mayRead(status, ANONYMOUS)).isFalse();
            assertThat(CasePolicy.mayRead(status, SIGNED_IN)).isFalse();
            assertThat(CasePolicy.mayRead(status, EDITOR)).isTrue();
            assertThat(CasePolicy.mayRead(status, STAFF)).isTrue();
        }
        assertThat(CasePolicy.mayRead(CaseStatus.PUBLISHED, ANONYMOUS)).isTrue();
    }

    @Test
    void editorsSubmitAndConfirmStaffReview() {
        assertThat(CasePolicy.actions(CaseStatus.DRAFT, EDITOR)).isEqualTo(new CaseActions(true, true, false, false,
                true));
        assertThat(CasePolicy.actions(CaseStatus.RETURNED, EDITOR).submit()).isTrue();
        assertThat(CasePolicy.actions(CaseStatus.SUBMITTED, EDITOR)).isEqualTo(new CaseActions(true, false, false,
                false, true));
        assertThat(CasePolicy.actions(CaseStatus.SUBMITTED, STAFF)).isEqualTo(new CaseActions(true, false, true,
                false, true));
        assertThat(CasePolicy.actions(CaseStatus.PUBLISHED, EDITOR).confirm()).isTrue();
        assertThat(CasePolicy.actions(CaseStatus.PUBLISHED, SIGNED_IN)).isEqualTo(new CaseActions(false, false,
                false, false, true));
        // A published case's history is public, as a wiki page's is (from its first published version).
        assertThat(CasePolicy.actions(CaseStatus.PUBLISHED, ANONYMOUS)).isEqualTo(new CaseActions(false, false,
                false, false, true));
        assertThat(CasePolicy.actions(CaseStatus.SUBMITTED, ANONYMOUS)).isEqualTo(CaseActions.NONE);
    }
}
