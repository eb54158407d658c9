package dk.coi.portal.wiki.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WikiRevisionRepository extends JpaRepository<WikiRevision, Long> {

    /** A page's revisions, newest first, one screen at a time. */
    @Query("select r from WikiRevision r where r.pageId = :pageId and r.id < :before order by r.id desc")
    List<WikiRevision> findOlderThan(long pageId, long before, Limit limit);

    long countByPageId(long pageId);

    List<WikiRevision> findByPersonId(long personId);
}
