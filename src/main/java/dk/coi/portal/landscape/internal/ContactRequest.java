package dk.coi.portal.landscape.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in person's request to a case's contact person about reusing it: the workplace sent on behalf of (none for a
 * private person) and the message, sent to whom was the contact then, and the contact's reply, if any. Neither learns
 * the other's e-mail address from it.
 */
@Entity
@Table(name = "landscape_contact_request")
public class ContactRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "requester_id", nullable = false)
    private long requesterId;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    /** The workplace the request was sent on behalf of; null when sent as a private person. */
    @Column(length = 200)
    private String workplace;

    @Column(nullable = false, length = AdoptionRules.MAX_MESSAGE)
    private String message;

    @Column(length = AdoptionRules.MAX_MESSAGE)
    private String reply;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    protected ContactRequest() {
    }

    public ContactRequest(long caseId, long requesterId, long contactId, String workplace, String message,
                          Instant createdAt) {
        this.caseId = caseId;
        this.requesterId = requesterId;
        this.contactId = contactId;
        this.workplace = workplace;
        this.message = message;
        this.createdAt = createdAt;
    }

    public void reply(String text, Instant at) {
        this.reply = text;
        this.repliedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public long getContactId() {
        return contactId;
    }

    public String getWorkplace() {
        return workplace;
    }

    public String getMessage() {
        return message;
    }

    public String getReply() {
        return reply;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
