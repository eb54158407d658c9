package dk.coi.portal.shared.revision;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PhraseConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change to any audited entity (an Envers revision): when, by whom (a person, or the portal's system
 * identity), and what the change was, either in the person's own words or as an automatic summary
 * ({@link Phrase}, put into words when shown). Modules keep what only they need in a table of their own keyed
 * by the revision's id.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(PortalRevisionListener.class)
public class PortalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "created_at", nullable = false)
    private long timestamp;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "by_system", nullable = false)
    private boolean bySystem;

    @Column(length = 500)
    private String summary;

    @Convert(converter = PhraseConverter.class)
    @Column(name = "summary_phrase", length = 1000)
    private Phrase summaryPhrase;

    void madeBy(Long personId, boolean bySystem) {
        this.personId = personId;
        this.bySystem = bySystem;
    }

    /** The change in the words of the person who made it. */
    void describe(String summary) {
        this.summary = summary;
        this.summaryPhrase = null;
    }

    /** A change the portal describes itself (a restore, a move): translated when shown. */
    void describe(Phrase summary) {
        this.summaryPhrase = summary;
        this.summary = null;
    }

    /** Sets the time of the change when it is not now (demo content dated in the past). */
    void dateAt(Instant at) {
        this.timestamp = at.toEpochMilli();
    }

    public long getId() {
        return id;
    }

    public Instant getTime() {
        return Instant.ofEpochMilli(timestamp);
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isBySystem() {
        return bySystem;
    }

    public EditSummary getSummary() {
        return new EditSummary(summary, summaryPhrase);
    }
}
