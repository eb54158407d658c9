package dk.coi.portal.landscape.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CarriedOnIdeaRepository extends JpaRepository<CarriedOnIdea, Long> {

    /** The ideas no case has been made from yet, oldest first. */
    List<CarriedOnIdea> findByCaseIdIsNullOrderByCarriedOnAtAsc();

    /** The row locked until commit, so that two staff members cannot both make a case of the idea. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from CarriedOnIdea i where i.ideaId = :ideaId")
    Optional<CarriedOnIdea> findForChange(@Param("ideaId") long ideaId);

    Optional<CarriedOnIdea> findByCaseId(long caseId);
}
