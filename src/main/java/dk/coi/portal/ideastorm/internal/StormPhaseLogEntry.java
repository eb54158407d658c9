package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a storm's current phase; person and reason are null when the clock made it. */
@Entity
@Table(name = "storm_phase_log")
public class StormPhaseLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storm_id", nullable = false)
    private long stormId;

    @Column(name = "from_phase_id")
    private Long fromPhaseId;

    @Column(name = "to_phase_id", nullable = false)
    private long toPhaseId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "person_id")
    private Long personId;

    @Column(length = 500)
    private String reason;

    protected StormPhaseLogEntry() {
    }

    StormPhaseLogEntry(long stormId, Long fromPhaseId, long toPhaseId, Instant changedAt, Long personId,
                       String reason) {
        this.stormId = stormId;
        this.fromPhaseId = fromPhaseId;
        this.toPhaseId = toPhaseId;
        this.changedAt = changedAt;
        this.personId = personId;
        this.reason = reason;
    }

    public long getStormId() {
        return stormId;
    }

    public Long getFromPhaseId() {
        return fromPhaseId;
    }

    public long getToPhaseId() {
        return toPhaseId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getReason() {
        return reason;
    }
}
