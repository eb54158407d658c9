package dk.coi.portal.ideastorm.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StormThemeRepository extends JpaRepository<StormTheme, Long> {

    List<StormTheme> findByStormIdOrderByPositionAscIdAsc(long stormId);

    @Query("select coalesce(max(t.position), -1) + 1 from StormTheme t where t.stormId = :storm")
    int nextPosition(@Param("storm") long stormId);
}
