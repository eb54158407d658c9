package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiLogAction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WikiLogRepository extends JpaRepository<WikiLogEntry, Long> {

    List<WikiLogEntry> findAllByOrderByIdDesc(Limit limit);

    List<WikiLogEntry> findByPersonId(long personId);

    /** Log lines of some kinds since a time, newest first, optionally only one person's or on pages in a category. */
    @Query("""
            select l from WikiLogEntry l
            where l.createdAt >= :since and l.action in :actions
              and (:personId is null or l.personId = :personId)
              and (:category is null or exists (select p from WikiPage p where p.id = l.pageId
                                                and :category member of p.categories))
            order by l.createdAt desc, l.id desc
            """)
    List<WikiLogEntry> findRecent(Instant since, Collection<WikiLogAction> actions, Long personId, String category,
                                  Limit limit);
}
