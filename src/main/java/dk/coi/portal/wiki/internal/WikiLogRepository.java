package dk.coi.portal.wiki.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiLogRepository extends JpaRepository<WikiLogEntry, Long> {

    List<WikiLogEntry> findAllByOrderByIdDesc(Limit limit);

    List<WikiLogEntry> findByPersonId(long personId);
}
