package dk.coi.portal.wiki.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiNoticeRepository extends JpaRepository<WikiNotice, Long> {

    /**
     * Leaves a notice for everyone watching the page now but the actor, in one statement however many watch
     * it, with the mail each watcher's settings ask for: none, the digest, or a mail at once unless an unread
     * notice of the page already told them (one mail until they have looked again). Returns the notices made.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into wiki_notice (person_id, page_id, kind, revision, comment_id, actor_id, summary, created_at,
                                     mail_state)
            select w.person_id, w.page_id, :kind, :revision, :commentId, :actorId, :summary, :at,
                   case coalesce(s.mail_mode, 'EACH_CHANGE')
                       when 'NONE' then 'NONE'
                       when 'DAILY_DIGEST' then 'DIGEST'
                       else case when exists (select 1 from wiki_notice n where n.person_id = w.person_id
                                              and n.page_id = w.page_id and n.read_at is null)
                                 then 'NONE' else 'PENDING' end
                   end
            from wiki_watch w left join wiki_watch_settings s on s.person_id = w.person_id
            where w.page_id = :pageId and w.person_id <> :actorId and (w.expires_at is null or w.expires_at > :at)
            """)
    int notifyWatchers(long pageId, String kind, Long revision, Long commentId, long actorId, String summary,
                       Instant at);

    /** A person's notices of readable pages, newest first, with the page title. */
    @Query("""
            select new dk.coi.portal.wiki.internal.NoticeRow(n, p.title)
            from WikiNotice n join WikiPage p on p.id = n.pageId
            where n.personId = :personId and p.deletedAt is null
            order by n.id desc
            """)
    List<NoticeRow> findForPerson(long personId, Limit limit);

    @Query("""
            select count(n) from WikiNotice n join WikiPage p on p.id = n.pageId
            where n.personId = :personId and n.readAt is null and p.deletedAt is null
            """)
    int countUnread(long personId);

    @Query("""
            select new dk.coi.portal.wiki.internal.UnreadCount(n.pageId, count(n)) from WikiNotice n
            where n.personId = :personId and n.readAt is null group by n.pageId
            """)
    List<UnreadCount> countUnreadByPage(long personId);

    @Modifying
    @Query("update WikiNotice n set n.readAt = :now where n.personId = :personId and n.pageId = :pageId and n.readAt is null")
    int markRead(long personId, long pageId, Instant now);

    @Modifying
    @Query("update WikiNotice n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);

    List<WikiNotice> findByMailStateOrderByIdAsc(WikiNotice.MailState state, Limit limit);

    List<WikiNotice> findByPersonIdAndMailStateAndCreatedAtBeforeOrderByIdAsc(long personId,
                                                                             WikiNotice.MailState state, Instant before);

    @Query("select distinct n.personId from WikiNotice n where n.mailState = :state and n.createdAt < :before")
    List<Long> findPeopleWithMailStateBefore(WikiNotice.MailState state, Instant before);

    @Modifying
    @Query("update WikiNotice n set n.mailState = :state, n.mailedAt = :mailedAt where n.id in :ids")
    void settleMail(Collection<Long> ids, WikiNotice.MailState state, Instant mailedAt);

    /** A hidden comment's text leaves its notices, and mail not yet sent about it is not sent. */
    @Modifying
    @Query("""
            update WikiNotice n set n.summary = null,
                n.mailState = case when n.mailState in :unsent then :none else n.mailState end
            where n.commentId = :commentId
            """)
    int forgetComment(long commentId, Collection<WikiNotice.MailState> unsent, WikiNotice.MailState none);

    List<WikiNotice> findByPersonId(long personId);

    @Modifying
    @Query("delete from WikiNotice n where n.personId = :personId")
    void deleteByPersonId(long personId);
}
