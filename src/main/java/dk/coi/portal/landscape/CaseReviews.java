package dk.coi.portal.landscape;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's review screen ({@code /landskab/gennemsyn}) in one read transaction: what waits for staff in the landscape,
 * gathered from the services that own each part and check it themselves (review queue, ideas to carry on and
 * the drafts made of them, the patrol, published cases lacking parts), so the screen asks once and re-states no rule.
 */
@Service
public class CaseReviews {

    private final CaseService cases;
    private final CasePatrol patrol;
    private final IdeaCaseDrafts drafts;

    CaseReviews(CaseService cases, CasePatrol patrol, IdeaCaseDrafts drafts) {
        this.cases = cases;
        this.patrol = patrol;
        this.drafts = drafts;
    }

    /** The review screen for the current person: everything waiting for staff, or {@link CaseReviewScreen#REFUSED}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseReviewScreen screen() {
        // Who may review is the landscape's entry's answer, the one its other screens ask too.
        if (!cases.entry().mayReview()) {
            return CaseReviewScreen.REFUSED;
        }
        return new CaseReviewScreen(true, drafts.waiting(), cases.draftsFromIdeas(), cases.reviewQueue(),
                patrol.uncheckedChanges(), cases.incompletePublished());
    }
}
