package dk.coi.portal.ideastorm.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StormAnnouncementRepository extends JpaRepository<StormAnnouncement, Long> {

    /**
     * Marks the announcement made; 1 if it was not yet, else 0. Of two transactions at the same moment the second
     * waits for the first's row and then gets 0, so exactly one tells the followers.
     */
    @Modifying
    @Query(value = """
            insert ignore into storm_announcement (storm_id, kind, announced_at) values (:storm, :kind, :at)""",
            nativeQuery = true)
    int markAnnounced(@Param("storm") long stormId, @Param("kind") String kind, @Param("at") Instant at);
}
