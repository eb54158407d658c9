package dk.coi.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What a module stores of moderation on its own content (a talk comment, an idea): when it was hidden, by whom and
 * why. Its entity extends this and its table has the columns {@code hidden_at}, {@code hidden_by} and
 * {@code hidden_reason}; they are not audited (hiding is in the moderation log, not in the content's revisions).
 */
@MappedSuperclass
public abstract class HideableContent {

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    /** Hidden by a staff member with their reason, or by the portal after reports (both null). */
    public void hide(Long staff, String reason, Instant at) {
        this.hiddenAt = at;
        this.hiddenBy = staff;
        this.hiddenReason = reason;
    }

    public void show() {
        this.hiddenAt = null;
        this.hiddenBy = null;
        this.hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
