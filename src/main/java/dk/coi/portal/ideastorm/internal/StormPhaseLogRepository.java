package dk.coi.portal.ideastorm.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StormPhaseLogRepository extends JpaRepository<StormPhaseLogEntry, Long> {

    List<StormPhaseLogEntry> findByStormIdOrderByIdAsc(long stormId);

    List<StormPhaseLogEntry> findByPersonIdOrderByIdAsc(Long personId);
}
