package dk.coi.portal.notification.internal;

import dk.coi.portal.shared.Phrase;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRepository extends JpaRepository<StoredNotice, Long> {

    /**
     * Leaves a notice for everyone following the subject now but the actor, in one statement however many
     * follow it, with the mail each follower's settings ask for: none, the digest, or a mail at once unless an
     * unread notice of the subject and of a kind {@code mailedTogether} with this one already told them (one mail
     * until they have looked at what it tells of: a page's edits and its talk are looked at apart). Returns the
     * notices made.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into notification_notice (person_id, subject_type, subject_id, kind, detail_id, actor_id, summary,
                                             summary_phrase, created_at, mail_state)
            select f.person_id, f.subject_type, f.subject_id, :kind, :detailId, :actorId, :summary, :summaryPhrase, :at,
                   case coalesce(s.mail_mode, 'EACH_CHANGE')
                       when 'NONE' then 'NONE'
                       when 'DAILY_DIGEST' then 'DIGEST'
                       else case when exists (select 1 from notification_notice n where n.person_id = f.person_id
                                              and n.subject_type = f.subject_type and n.subject_id = f.subject_id
                                              and n.kind in (:mailedTogether) and n.read_at is null)
                                 then 'NONE' else 'PENDING' end
                   end
            from notification_follow f left join notification_settings s on s.person_id = f.person_id
            where f.subject_type = :subjectType and f.subject_id = :subjectId
              and (:actorId is null or f.person_id <> :actorId)
              and (f.expires_at is null or f.expires_at > :at)
            """)
    int notifyFollowers(String subjectType, long subjectId, String kind, Collection<String> mailedTogether,
                        Long detailId, Long actorId, String summary, String summaryPhrase, Instant at);

    /**
     * Those of {@code people} whom an unread notice of the subject, of a kind {@code mailedTogether} with a new one,
     * has already told (so the new one is not mailed: one mail until they have looked, as for followers).
     */
    @Query("""
            select distinct n.personId from StoredNotice n where n.personId in :people and n.subjectType = :subjectType
            and n.subjectId = :subjectId and n.kind in :mailedTogether and n.readAt is null""")
    List<Long> findAlreadyTold(Collection<Long> people, String subjectType, long subjectId,
                               Collection<String> mailedTogether);

    /** A person's notices, newest first, read or not; those of one module's subjects when {@code typePrefix} is given. */
    @Query("""
            select n from StoredNotice n where n.personId = :personId
            and (:typePrefix is null or n.subjectType like concat(:typePrefix, '%'))
            order by n.id desc
            """)
    List<StoredNotice> findForPerson(long personId, String typePrefix, Limit limit);

    /** A person's notices about the subjects of one type they follow now, newest first, read or not. */
    @Query("""
            select n from StoredNotice n where n.personId = :personId and n.subjectType = :subjectType
            and exists (select f from Follow f where f.personId = n.personId and f.subjectType = n.subjectType
                and f.subjectId = n.subjectId and (f.expiresAt is null or f.expiresAt > :now))
            order by n.id desc
            """)
    List<StoredNotice> findFollowedForPerson(long personId, String subjectType, Instant now, Limit limit);

    @Query("""
            select new dk.coi.portal.notification.internal.UnreadCount(n.subjectType, n.subjectId, n.kind, count(n))
            from StoredNotice n where n.personId = :personId and n.readAt is null
            group by n.subjectType, n.subjectId, n.kind
            """)
    List<UnreadCount> countUnread(long personId);

    @Modifying
    @Query("""
            update StoredNotice n set n.readAt = :now where n.personId = :personId and n.subjectType = :subjectType
            and n.subjectId = :subjectId and n.readAt is null
            """)
    int markRead(long personId, String subjectType, long subjectId, Instant now);

    @Modifying
    @Query("""
            update StoredNotice n set n.readAt = :now where n.personId = :personId and n.subjectType = :subjectType
            and n.subjectId = :subjectId and n.kind in :kinds and n.readAt is null
            """)
    int markRead(long personId, String subjectType, long subjectId, Collection<String> kinds, Instant now);

    @Modifying
    @Query("""
            update StoredNotice n set n.readAt = :now where n.personId = :personId and n.subjectType = :subjectType
            and n.subjectId = :subjectId and n.kind in :kinds and n.detailId <= :upTo and n.readAt is null
            """)
    int markReadUpTo(long personId, String subjectType, long subjectId, Collection<String> kinds, long upTo,
                     Instant now);

    @Modifying
    @Query("update StoredNotice n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);

    List<StoredNotice> findByMailStateOrderByIdAsc(StoredNotice.MailState state, Limit limit);

    List<StoredNotice> findByPersonIdAndMailStateAndCreatedAtBeforeOrderByIdAsc(long personId,
                                                                               StoredNotice.MailState state,
                                                                               Instant before);

    @Query("select distinct n.personId from StoredNotice n where n.mailState = :state and n.createdAt < :before")
    List<Long> findPeopleWithMailStateBefore(StoredNotice.MailState state, Instant before);

    /**
     * Records how mailing went for notices still waiting for it: one whose mail was called off meanwhile (its
     * comment hidden, state NONE) stays called off.
     */
    @Modifying
    @Query("""
            update StoredNotice n set n.mailState = :state, n.mailedAt = :mailedAt
            where n.id in :ids and n.mailState in :waiting
            """)
    void settleMail(Collection<Long> ids, StoredNotice.MailState state, Instant mailedAt,
                    Collection<StoredNotice.MailState> waiting);

    /** What a notice quoted is gone (a hidden comment): the quote leaves the notices, and unsent mail about it is not sent. */
    @Modifying
    @Query("""
            update StoredNotice n set n.summary = null, n.summaryPhrase = null,
                n.mailState = case when n.mailState in :unsent then :none else n.mailState end
            where n.subjectType = :subjectType and n.kind = :kind and n.detailId = :detailId
            """)
    int forgetDetail(String subjectType, String kind, long detailId, Collection<StoredNotice.MailState> unsent,
                     StoredNotice.MailState none);

    /** What a notice quoted may be shown again (a comment shown again): the quote returns to its notices. */
    @Modifying
    @Query("""
            update StoredNotice n set n.summary = :summary, n.summaryPhrase = :summaryPhrase
            where n.subjectType = :subjectType and n.kind = :kind and n.detailId = :detailId
            """)
    int quoteDetail(String subjectType, String kind, long detailId, String summary, Phrase summaryPhrase);

    List<StoredNotice> findByPersonId(long personId);

    @Modifying
    @Query("delete from StoredNotice n where n.personId = :personId")
    void deleteByPersonId(long personId);

    @Modifying
    @Query("delete from StoredNotice n where n.subjectType = :subjectType and n.subjectId = :subjectId")
    int deleteBySubject(String subjectType, long subjectId);
}
