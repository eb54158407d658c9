package dk.coi.portal.ideastorm.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StormCriterionRepository extends JpaRepository<StormCriterion, Long> {

    List<StormCriterion> findByStormIdOrderByPositionAscIdAsc(long stormId);

    @Modifying
    @Query("delete from StormCriterion c where c.stormId = :storm")
    void deleteByStorm(@Param("storm") long stormId);
}
