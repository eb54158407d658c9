package dk.coi.portal.landscape.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An idea carried on in an idea storm, offered to staff as a case draft; {@code caseId} the case made from it (null
 * while none is).
 */
@Entity
@Table(name = "landscape_carried_on_idea")
public class CarriedOnIdea {

    @Id
    @Column(name = "idea_id")
    private long ideaId;

    @Column(name = "storm_id", nullable = false)
    private long stormId;

    @Column(name = "idea_title", nullable = false, length = 200)
    private String ideaTitle;

    @Column(name = "carried_on_at", nullable = false)
    private Instant carriedOnAt;

    @Column(name = "case_id")
    private Long caseId;

    protected CarriedOnIdea() {
    }

    public CarriedOnIdea(long ideaId, long stormId, String ideaTitle, Instant carriedOnAt) {
        this.ideaId = ideaId;
        this.stormId = stormId;
        this.ideaTitle = ideaTitle;
        this.carriedOnAt = carriedOnAt;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getStormId() {
        return stormId;
    }

    public String getIdeaTitle() {
        return ideaTitle;
    }

    public Instant getCarriedOnAt() {
        return carriedOnAt;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void madeInto(long caseId) {
        this.caseId = caseId;
    }
}
