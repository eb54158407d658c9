package dk.coi.portal.wiki.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WikiRevisionRepository extends JpaRepository<WikiRevision, Long> {

    /** A page's revisions, newest first, one screen at a time. */
    @Query("""
            select r from WikiRevision r join fetch r.revision
            where r.pageId = :pageId and r.id < :before order by r.id desc
            """)
    List<WikiRevision> findOlderThan(long pageId, long before, Limit limit);

    /** The page's revision just before this one, if any. */
    @Query("select max(r.id) from WikiRevision r where r.pageId = :pageId and r.id < :revision")
    Optional<Long> findPreviousRevision(long pageId, long revision);

    /** The page's revision just after this one, if any. */
    @Query("select min(r.id) from WikiRevision r where r.pageId = :pageId and r.id > :revision")
    Optional<Long> findNextRevision(long pageId, long revision);

    /** The page's newest revision: the one its current text is. */
    @Query("select max(r.id) from WikiRevision r where r.pageId = :pageId")
    Optional<Long> findLatestRevision(long pageId);

    /** Revisions with who made them, by number. */
    @Query("select r from WikiRevision r join fetch r.revision where r.id in :ids")
    List<WikiRevision> findDescribed(java.util.Collection<Long> ids);

    /**
     * Edits across the wiki since a time, newest first, optionally only one person's and without minor ones; not
     * the revisions of logged actions, whose log lines recent changes shows.
     */
    @Query("""
            select new dk.coi.portal.wiki.internal.RecentChangeRow(r.id, p.title, rev.personId, rev.timestamp,
                rev.summary, rev.summaryPhrase, r.minor, r.pageSize,
                (select max(r3.id) from WikiRevision r3 where r3.pageId = r.pageId and r3.id < r.id),
                (select r2.pageSize from WikiRevision r2 where r2.pageId = r.pageId and r2.id =
                    (select max(r3.id) from WikiRevision r3 where r3.pageId = r.pageId and r3.id < r.id)),
                r.patrolledBy)
            from WikiRevision r join r.revision rev join WikiPage p on p.id = r.pageId
            where rev.timestamp >= :since
              and p.deletedAt is null
              and r.loggedAction = false
              and (:includeMinor = true or r.minor = false)
              and (:personId is null or rev.personId = :personId)
              and (:category is null or :category member of p.categories)
              and (:onlyUnpatrolled = false or r.patrolledBy is null)
            order by r.id desc
            """)
    List<RecentChangeRow> findRecent(long since, boolean includeMinor, Long personId, String category,
                                     boolean onlyUnpatrolled, Limit limit);

    @Query("select r from WikiRevision r join fetch r.revision rev where rev.personId = :personId order by r.id")
    List<WikiRevision> findByPersonId(long personId);
}
