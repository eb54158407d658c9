package dk.coi.portal.landscape.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person the owner (or staff) let edit a case beside its owner, and whether they have been told so. */
@Entity
@Table(name = "landscape_case_editor")
@IdClass(CaseEditor.Key.class)
public class CaseEditor {

    public record Key(long caseId, long personId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "person_id")
    private long personId;

    /** Whether the person has been told they became a co-editor ({@code CaseEditorRepository#claimTelling}). */
    @Column(nullable = false)
    private boolean told;

    protected CaseEditor() {
    }

    public CaseEditor(long caseId, long personId) {
        this.caseId = caseId;
        this.personId = personId;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonId() {
        return personId;
    }
}
