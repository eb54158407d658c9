package dk.coi.portal.landscape;

import java.util.List;

/**
 * Staff's review screen as one read (decision 006): whether the person may review cases (staff), the ideas carried on
 * that wait for a case draft, the drafts made from such ideas that are not yet submitted (draft or returned), the
 * submitted cases longest waiting first, the published cases their editors changed since staff last looked, and the
 * published cases lacking a contact person or a qualification section; for anyone but staff nothing is listed.
 */
public record CaseReviewScreen(boolean mayReview, List<IdeaToCarryOn> ideasWaiting, List<CaseLine> draftsFromIdeas,
                               List<CaseLine> submitted, List<ChangedCase> changed, List<CaseLine> incomplete) {

    /** What a person who may not review is shown: nothing but the refusal. */
    public static final CaseReviewScreen REFUSED = new CaseReviewScreen(false, List.of(), List.of(), List.of(),
            List.of(), List.of());

    public CaseReviewScreen {
        ideasWaiting = List.copyOf(ideasWaiting);
        draftsFromIdeas = List.copyOf(draftsFromIdeas);
        submitted = List.copyOf(submitted);
        changed = List.copyOf(changed);
        incomplete = List.copyOf(incomplete);
    }
}
