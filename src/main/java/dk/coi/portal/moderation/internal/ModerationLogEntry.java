package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.shared.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One decision in the moderation log: its kind (named by the module that made it), the content it concerns, what
 * the content was called then ({@code title}) and what the portal adds ({@code facts}), both stored as phrases; the
 * person (null: the portal itself) and their own words ({@code reason}).
 */
@Entity
@Table(name = "moderation_log")
public class ModerationLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Convert(converter = PhraseConverter.class)
    @Column(length = 1000)
    private Phrase title;

    @Convert(converter = PhraseConverter.class)
    @Column(length = 1000)
    private Phrase facts;

    @Column(length = 500)
    private String reason;

    protected ModerationLogEntry() {
    }

    public ModerationLogEntry(Instant createdAt, Long personId, LogKind kind, Subject subject, Phrase title,
                              Phrase facts, String reason) {
        this.createdAt = createdAt;
        this.personId = personId;
        this.kind = kind.code();
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.title = title;
        this.facts = facts;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public LogKind kind() {
        return new LogKind(kind);
    }

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    public Phrase getTitle() {
        return title;
    }

    public Phrase getFacts() {
        return facts;
    }

    public String getReason() {
        return reason;
    }
}
