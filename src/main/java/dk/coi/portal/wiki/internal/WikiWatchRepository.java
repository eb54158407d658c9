package dk.coi.portal.wiki.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiWatchRepository extends JpaRepository<WikiWatch, WikiWatch.Key> {

    /** The people watching a page now, but not the one who changed it. */
    @Query("""
            select w.personId from WikiWatch w
            where w.pageId = :pageId and w.personId <> :actorId and (w.expiresAt is null or w.expiresAt > :now)
            """)
    List<Long> findWatchers(long pageId, long actorId, Instant now);

    /** A person's watchlist, pages that are readable only, by title. */
    @Query("""
            select w, p.title from WikiWatch w join WikiPage p on p.id = w.pageId
            where w.personId = :personId and p.deletedAt is null and (w.expiresAt is null or w.expiresAt > :now)
            order by p.title
            """)
    List<Object[]> findWatchlist(long personId, Instant now);

    List<WikiWatch> findByPersonId(long personId);

    @Modifying
    @Query("delete from WikiWatch w where w.personId = :personId")
    void deleteByPersonId(long personId);

    @Modifying
    @Query("delete from WikiWatch w where w.expiresAt is not null and w.expiresAt <= :now")
    int deleteExpired(Instant now);
}
