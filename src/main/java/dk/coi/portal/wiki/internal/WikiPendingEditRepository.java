package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.ReviewStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiPendingEditRepository extends JpaRepository<WikiPendingEdit, Long> {

    List<WikiPendingEdit> findByStatusOrderByIdAsc(ReviewStatus status);

    List<WikiPendingEdit> findByPageIdAndStatusOrderByIdAsc(long pageId, ReviewStatus status);

    int countByPageIdAndStatus(long pageId, ReviewStatus status);

    List<WikiPendingEdit> findByPersonIdOrderByIdDesc(long personId);
}
