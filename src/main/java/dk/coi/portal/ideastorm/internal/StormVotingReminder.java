package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a voting phase's followers were reminded of its end at {@code phaseEndsAt}: the end it was then, so a
 * reminder of an end staff have since moved does not count for the new one. Written only by
 * {@link StormVotingReminderRepository#markSent}.
 */
@Entity
@Table(name = "storm_voting_reminder")
class StormVotingReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phase_id", nullable = false)
    private long phaseId;

    @Column(name = "phase_ends_at", nullable = false)
    private Instant phaseEndsAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected StormVotingReminder() {
    }
}
