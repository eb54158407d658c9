package dk.coi.portal.notification.internal;

import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import jakarta.persistence.Convert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that happened to a followed subject, left for one follower (or for a person named by the module, as
 * the author of content moderated): shown in the portal until read, and, per the person's settings, mailed at once
 * ({@link MailState#PENDING}), in the next daily digest ({@link MailState#DIGEST}) or not at all. Written by
 * {@link NoticeRepository#notifyFollowers} in the transaction of the change, so a mail never announces a change
 * that was rolled back, or one by one for named people.
 */
@Entity
@Table(name = "notification_notice")
public class StoredNotice {

    /** NONE: no mail (by choice, or the subject was gone by then); FAILED: the mail server refused the mail. */
    public enum MailState {
        NONE, PENDING, DIGEST, SENT, FAILED;

        /** How a new notice waits for mail under the person's choice. */
        public static MailState chosen(MailMode mode) {
            return switch (mode) {
                case NONE -> NONE;
                case DAILY_DIGEST -> DIGEST;
                case EACH_CHANGE -> PENDING;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "detail_id")
    private Long detailId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 500)
    private String summary;

    @Convert(converter = PhraseConverter.class)
    @Column(name = "summary_phrase", length = 1000)
    private Phrase summaryPhrase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected StoredNotice() {
    }

    /** A notice for one named person, mailed as their {@code mailMode} says. */
    public StoredNotice(long personId, NewNotice notice, MailMode mailMode) {
        this.personId = personId;
        this.subjectType = notice.subject().type();
        this.subjectId = notice.subject().id();
        this.kind = notice.kind();
        this.detailId = notice.detailId();
        this.actorId = notice.actor() == null ? null : notice.actor().value();
        this.summary = notice.summary().text();
        this.summaryPhrase = notice.summary().phrase();
        this.createdAt = notice.at();
        this.mailState = MailState.chosen(mailMode);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    public FollowableContents.Noticed noticed() {
        return new FollowableContents.Noticed(subject(), kind);
    }

    public String getKind() {
        return kind;
    }

    public Long getDetailId() {
        return detailId;
    }

    public Long getActorId() {
        return actorId;
    }

    /** The actor's own words, or the portal's description of the change. */
    public EditSummary summary() {
        return summaryPhrase != null ? EditSummary.of(summaryPhrase) : EditSummary.of(summary);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public MailState getMailState() {
        return mailState;
    }
}
