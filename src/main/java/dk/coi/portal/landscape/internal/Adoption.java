package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.AdoptionId;
import dk.coi.portal.landscape.AdoptionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.Length;

/**
 * A workplace's reuse of a published case (an adoption): the adopting organisation of the register, how, from which
 * month (kept as its first day), what it changed and why (Markdown), its own results, and the case it registered as
 * its own from it, if any. Who recorded it is kept for the person's export.
 */
@Entity
@Table(name = "landscape_adoption")
public class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdoptionKind kind;

    @Column(name = "adopted_in", nullable = false)
    private LocalDate adoptedIn;

    @Column(nullable = false, length = Length.LONG32)
    private String changes;

    @Column(length = AdoptionRules.MAX_RESULTS)
    private String results;

    @Column(name = "adopting_case_id")
    private Long adoptingCaseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Adoption() {
    }

    public Adoption(long caseId, AdoptionRules.Checked content, long personId, Instant createdAt) {
        this.caseId = caseId;
        this.organisationId = content.workplace();
        this.kind = content.kind();
        this.adoptedIn = content.adoptedIn().atDay(1);
        this.changes = content.changes();
        this.results = content.results();
        this.personId = personId;
        this.createdAt = createdAt;
    }

    public AdoptionId adoptionId() {
        return AdoptionId.of(id);
    }

    /** The case the workplace registered as its own from this adoption. */
    public void registeredAs(long adoptingCase) {
        this.adoptingCaseId = adoptingCase;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public AdoptionKind getKind() {
        return kind;
    }

    public YearMonth getAdoptedIn() {
        return YearMonth.from(adoptedIn);
    }

    public String getChanges() {
        return changes;
    }

    public String getResults() {
        return results;
    }

    public Long getAdoptingCaseId() {
        return adoptingCaseId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
