package dk.coi.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Hideable content that may also be held back until staff approve it (an idea in a storm that has staff read new
 * ideas first). Held content is withheld exactly as hidden content is ({@link #isHidden()} is true, so every filter
 * of visible content leaves it out) and says that it waits rather than why it was hidden. Approving shows it;
 * rejecting hides it with the reason its author reads. Its table has the column {@code awaiting_approval_since}
 * besides those of {@link HideableContent}.
 */
@MappedSuperclass
public abstract class PreModeratedContent extends HideableContent {

    @Column(name = "awaiting_approval_since")
    private Instant awaitingApprovalSince;

    /** Held back from everyone but staff and its author until staff decide. */
    public void holdForApproval(Instant at) {
        super.hide(null, null, at);
        this.awaitingApprovalSince = at;
    }

    /** Hidden by staff (also how a held item is rejected) or by the portal: no longer waiting. */
    @Override
    public void hide(Long staff, String reason, Instant at) {
        super.hide(staff, reason, at);
        this.awaitingApprovalSince = null;
    }

    /** Shown to everyone (also how a held item is approved). */
    @Override
    public void show() {
        super.show();
        this.awaitingApprovalSince = null;
    }

    public boolean isAwaitingApproval() {
        return awaitingApprovalSince != null;
    }
}
