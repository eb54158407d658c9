package dk.coi.portal.wiki.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiWatchRepository extends JpaRepository<WikiWatch, WikiWatch.Key> {

    /** Watches the page, or changes until when; one statement, so two sessions watching at once both succeed. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into wiki_watch (person_id, page_id, created_at, expires_at) values (:personId, :pageId, :now, :until)
            on duplicate key update expires_at = :until
            """)
    void watch(long personId, long pageId, Instant now, Instant until);

    /** A person's watchlist, pages that are readable only, by title. */
    @Query("""
            select new dk.coi.portal.wiki.internal.WatchRow(w, p.title)
            from WikiWatch w join WikiPage p on p.id = w.pageId
            where w.personId = :personId and p.deletedAt is null and (w.expiresAt is null or w.expiresAt > :now)
            order by p.title
            """)
    List<WatchRow> findWatchlist(long personId, Instant now);

    List<WikiWatch> findByPersonId(long personId);

    @Modifying
    @Query("delete from WikiWatch w where w.personId = :personId")
    void deleteByPersonId(long personId);

    @Modifying
    @Query("delete from WikiWatch w where w.expiresAt is not null and w.expiresAt <= :now")
    int deleteExpired(Instant now);
}
