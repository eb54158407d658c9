package dk.coi.portal.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Length;

/** A merge of a duplicate into the organisation kept, with what it moved, so that staff can undo it (V34). */
@Entity
@Table(name = "organisation_merge")
public class OrganisationMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merged_id", nullable = false)
    private long mergedId;

    @Column(name = "kept_id", nullable = false)
    private long keptId;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false)
    private long mergedBy;

    @Column(name = "moved_units", nullable = false, length = Length.LONG32)
    private String movedUnits;

    @Column(nullable = false, length = Length.LONG32)
    private String repointed;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private Long undoneBy;

    protected OrganisationMerge() {
    }

    public OrganisationMerge(long mergedId, long keptId, Instant mergedAt, long mergedBy, Collection<Long> movedUnits,
                             Collection<Long> repointed) {
        this.mergedId = mergedId;
        this.keptId = keptId;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
        this.movedUnits = joined(movedUnits);
        this.repointed = joined(repointed);
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public long getMergedId() {
        return mergedId;
    }

    public long getKeptId() {
        return keptId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public List<Long> movedUnits() {
        return split(movedUnits);
    }

    public List<Long> repointed() {
        return split(repointed);
    }

    public void undo(long by, Instant at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }
}
