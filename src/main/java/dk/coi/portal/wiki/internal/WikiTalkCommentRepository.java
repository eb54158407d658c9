package dk.coi.portal.wiki.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiTalkCommentRepository extends JpaRepository<WikiTalkComment, Long> {

    List<WikiTalkComment> findByPageIdOrderByIdAsc(long pageId);

    long countByPageIdAndHiddenAtIsNull(long pageId);

    List<WikiTalkComment> findByPersonId(long personId);
}
