package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a storm's followers were told it opened, or that its results were published: once per storm and kind, however
 * often the event is handed over. Written only by {@link StormAnnouncementRepository#markAnnounced}.
 */
@Entity
@Table(name = "storm_announcement")
class StormAnnouncement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storm_id", nullable = false)
    private long stormId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "announced_at", nullable = false)
    private Instant announcedAt;

    protected StormAnnouncement() {
    }
}
