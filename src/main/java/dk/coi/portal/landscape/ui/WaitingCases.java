package dk.coi.portal.landscape.ui;

import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shell.PersonalNotices;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The header's link for staff to the landscape's review queue, with the number of cases waiting for their decision,
 * next to the moderation queue's (both fit the header's one row at 1280 px, PhoneLayoutBrowserTest); nobody but staff
 * sees it.
 */
@Component
@Order(20)
class WaitingCases implements PersonalNotices {

    private final CaseService cases;

    WaitingCases(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public boolean shown() {
        return cases.entry().mayReview();
    }

    @Override
    public int unread() {
        return (int) cases.entry().waitingForReview();
    }

    @Override
    public String path() {
        return CaseRoutes.REVIEW;
    }

    @Override
    public String labelKey() {
        return "landscape.review.waiting";
    }
}
