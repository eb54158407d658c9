package dk.coi.portal.wiki.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiPendingEditRepository extends JpaRepository<WikiPendingEdit, Long> {

    List<WikiPendingEdit> findByStatusOrderByIdAsc(WikiPendingEdit.Status status);

    List<WikiPendingEdit> findByPageIdAndStatusOrderByIdAsc(long pageId, WikiPendingEdit.Status status);

    List<WikiPendingEdit> findByPersonId(long personId);
}
