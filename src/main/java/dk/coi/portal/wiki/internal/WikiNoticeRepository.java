package dk.coi.portal.wiki.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiNoticeRepository extends JpaRepository<WikiNotice, Long> {

    /** Of these people, those who still have an unread notice of the page (they have not looked since). */
    @Query("""
            select distinct n.personId from WikiNotice n
            where n.pageId = :pageId and n.readAt is null and n.personId in :personIds
            """)
    List<Long> findWithUnread(long pageId, Collection<Long> personIds);

    /** A person's notices of readable pages, newest first, with the page title. */
    @Query("""
            select n, p.title from WikiNotice n join WikiPage p on p.id = n.pageId
            where n.personId = :personId and p.deletedAt is null
            order by n.id desc
            """)
    List<Object[]> findForPerson(long personId, Limit limit);

    @Query("""
            select count(n) from WikiNotice n join WikiPage p on p.id = n.pageId
            where n.personId = :personId and n.readAt is null and p.deletedAt is null
            """)
    int countUnread(long personId);

    @Query("""
            select n.pageId, count(n) from WikiNotice n
            where n.personId = :personId and n.readAt is null group by n.pageId
            """)
    List<Object[]> countUnreadByPage(long personId);

    @Modifying
    @Query("update WikiNotice n set n.readAt = :now where n.personId = :personId and n.pageId = :pageId and n.readAt is null")
    int markRead(long personId, long pageId, Instant now);

    @Modifying
    @Query("update WikiNotice n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);

    List<WikiNotice> findByMailStateOrderByIdAsc(WikiNotice.MailState state, Limit limit);

    List<WikiNotice> findByPersonIdAndMailStateOrderByIdAsc(long personId, WikiNotice.MailState state);

    @Query("select distinct n.personId from WikiNotice n where n.mailState = :state")
    List<Long> findPeopleWithMailState(WikiNotice.MailState state);

    List<WikiNotice> findByPersonId(long personId);

    @Modifying
    @Query("delete from WikiNotice n where n.personId = :personId")
    void deleteByPersonId(long personId);
}
