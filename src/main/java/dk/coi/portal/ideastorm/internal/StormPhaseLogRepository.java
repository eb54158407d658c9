package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.PhaseKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StormPhaseLogRepository extends JpaRepository<StormPhaseLogEntry, Long> {

    /** A move a person made by hand, for their data export. */
    record MoveByHand(long stormId, PhaseKind to, Instant at, String reason) {
    }

    List<StormPhaseLogEntry> findByStormIdOrderByIdAsc(long stormId);

    @Query("""
            select new dk.coi.portal.ideastorm.internal.StormPhaseLogRepository$MoveByHand(
                e.stormId, p.kind, e.changedAt, e.reason)
            from StormPhaseLogEntry e join StormPhase p on p.id = e.toPhaseId
            where e.personId = :person order by e.id""")
    List<MoveByHand> movesBy(@Param("person") long person);
}
