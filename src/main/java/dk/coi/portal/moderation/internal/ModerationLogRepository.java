package dk.coi.portal.moderation.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationLogRepository extends JpaRepository<ModerationLogEntry, Long> {

    List<ModerationLogEntry> findAllByOrderByIdDesc(Limit limit);

    List<ModerationLogEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    List<ModerationLogEntry> findByPersonId(long personId);
}
