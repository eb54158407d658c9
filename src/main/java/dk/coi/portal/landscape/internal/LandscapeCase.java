package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.hibernate.Length;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A case of the landscape. Its content is audited (every registration, edit and restore is a named revision,
 * shared.revision), its results with it; its review state is not, so restoring a version never changes whether it
 * is published. Lists (links, tags) are kept one per line. Published, it is in the portal search
 * ({@link CaseSearchBinder}).
 */
@Entity
@Table(name = "landscape_case")
@Audited
@Indexed(index = "cases", routingBinder = @RoutingBinderRef(type = OnlyPublishedCasesIndexed.class))
@TypeBinding(binder = @TypeBinderRef(type = CaseSearchBinder.class))
public class LandscapeCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = Length.LONG32)
    private String summary;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(length = 500)
    private String partners;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseSector sector;

    @Column(name = "year_started", nullable = false)
    private short yearStarted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "innovation_type", nullable = false, length = 20)
    private InnovationType innovationType;

    @Column(name = "target_group", length = 300)
    private String targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Novelty novelty;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Column(name = "contact_role", length = 150)
    private String contactRole;

    @Column(name = "contact_public", nullable = false)
    private boolean contactPublic;

    @Column(length = Length.LONG32)
    private String links;

    @Column(length = 1000)
    private String tags;

    @Column(length = Length.LONG32)
    private String effect;

    @Column(length = Length.LONG32)
    private String process;

    @Column(length = Length.LONG32)
    private String conditions;

    @Column(length = Length.LONG32)
    private String documentation;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level", nullable = false, length = 30)
    private EvidenceLevel evidenceLevel;

    /** Audited: a change of the results alone changes the case's row too, so it is a revision of the case. */
    @Column(name = "content_changed_at", nullable = false)
    private Instant contentChangedAt;

    @OneToMany(mappedBy = "kase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LandscapeCaseResult> results = new ArrayList<>();

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @NotAudited
    @Column(name = "staff_comment", length = 500)
    private String staffComment;

    @NotAudited
    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @NotAudited
    @Column(name = "published_at")
    private Instant publishedAt;

    /** The version staff first published: readers who may not read its drafts read its history from there. */
    @NotAudited
    @Column(name = "first_published_revision")
    private Long firstPublishedRevision;

    @NotAudited
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** When its editors first changed it since staff last looked at it, published; null when staff saw all. */
    @NotAudited
    @Column(name = "unchecked_since")
    private Instant uncheckedSince;

    @NotAudited
    @Version
    private long version;

    protected LandscapeCase() {
    }

    public LandscapeCase(CaseRules.Checked content, long ownerId, Instant createdAt) {
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.status = CaseStatus.DRAFT;
        change(content, createdAt);
    }

    /**
     * The contact person's own choice ({@code at}): whom it names (themselves, or none when they step down) and
     * whether their name is shown; returns whether anything changed.
     */
    public boolean changeContact(Long personId, boolean shown, Instant at) {
        boolean changed = !Objects.equals(personId, contactPersonId) || shown != contactPublic;
        if (changed) {
            contentChangedAt = at;
        }
        contactPersonId = personId;
        contactPublic = personId != null && shown;
        return changed;
    }

    /** New content, changed {@code at}; returns whether anything changed. */
    public boolean change(CaseRules.Checked content, Instant at) {
        boolean changed = !content.saysTheSameAs(CaseRules.Checked.of(this));
        if (changed) {
            contentChangedAt = at;
        }
        title = content.title();
        summary = content.summary();
        organisationId = content.organisationId();
        partners = content.partners();
        sector = content.sector();
        yearStarted = (short) content.yearStarted();
        stage = content.stage();
        innovationType = content.innovationType();
        targetGroup = content.targetGroup();
        novelty = content.novelty();
        contactPersonId = content.contactPersonId();
        contactRole = content.contactRole();
        contactPublic = content.contactPublic();
        links = CaseRules.joined(content.links());
        tags = CaseRules.joined(content.tags());
        effect = content.effect();
        process = content.process();
        conditions = content.conditions();
        documentation = content.documentation();
        evidenceLevel = content.evidenceLevel();
        replaceResults(content.results());
        return changed;
    }

    /**
     * The results as given: a result naming its stored row ({@link dk.coi.portal.landscape.CaseResult#id}) changes
     * that row in place, wherever it now stands (so an unchanged result is no change in its history, and its reminder
     * mark stays with it); a result without one takes a row no other result named that says the same, if any (a
     * caller that sends results without their ids loses no reminder mark on results it did not change); any other is
     * a new row; rows no result takes are removed.
     */
    private void replaceResults(List<dk.coi.portal.landscape.CaseResult> given) {
        List<LandscapeCaseResult> unclaimed = new ArrayList<>(results);
        LandscapeCaseResult[] rows = new LandscapeCaseResult[given.size()];
        for (int i = 0; i < given.size(); i++) {
            Long named = given.get(i).id();
            rows[i] = named == null ? null : claim(unclaimed, row -> named.equals(row.getId()));
        }
        for (int i = 0; i < given.size(); i++) {
            dk.coi.portal.landscape.CaseResult result = given.get(i);
            if (rows[i] == null) {
                rows[i] = claim(unclaimed, row -> row.saysTheSameAs(result));
            }
            if (rows[i] == null) {
                rows[i] = new LandscapeCaseResult(this, i, result);
            } else {
                rows[i].change(i, result);
            }
        }
        results.clear();
        results.addAll(List.of(rows));
    }

    /** The first of the {@code unclaimed} rows that {@code fits}, taken from them; null when none does. */
    private static LandscapeCaseResult claim(List<LandscapeCaseResult> unclaimed,
                                             Predicate<LandscapeCaseResult> fits) {
        for (var rows = unclaimed.iterator(); rows.hasNext(); ) {
            LandscapeCaseResult row = rows.next();
            if (fits.test(row)) {
                rows.remove();
                return row;
            }
        }
        return null;
    }

    public void submit(Instant at) {
        status = CaseStatus.SUBMITTED;
        submittedAt = at;
    }

    public void publish(Instant at) {
        status = CaseStatus.PUBLISHED;
        staffComment = null;
        uncheckedSince = null;
        if (publishedAt == null) {
            publishedAt = at;
        }
        confirmedAt = at;
    }

    /** Notes the revision that holds the version published, when it is the first published. */
    public void publishedAs(long revision) {
        if (firstPublishedRevision == null) {
            firstPublishedRevision = revision;
        }
    }

    /**
     * Notes that its editors changed the case: once published, it waits for staff to look at the change (from the
     * first change they have not yet seen).
     */
    public void changedByEditors(Instant at) {
        if (status == CaseStatus.PUBLISHED && uncheckedSince == null) {
            uncheckedSince = at;
        }
    }

    public Instant getUncheckedSince() {
        return uncheckedSince;
    }

    public void sendBack(String comment) {
        status = CaseStatus.RETURNED;
        staffComment = comment;
    }

    public void confirm(Instant at) {
        confirmedAt = at;
    }

    public CaseId caseId() {
        return CaseId.of(id);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getPartners() {
        return partners;
    }

    public CaseSector getSector() {
        return sector;
    }

    public int getYearStarted() {
        return yearStarted;
    }

    public CaseStage getStage() {
        return stage;
    }

    public InnovationType getInnovationType() {
        return innovationType;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public Novelty getNovelty() {
        return novelty;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public String getContactRole() {
        return contactRole;
    }

    public boolean isContactPublic() {
        return contactPublic;
    }

    public List<String> getLinks() {
        return CaseRules.lines(links);
    }

    public List<String> getTags() {
        return CaseRules.lines(tags);
    }

    public String getEffect() {
        return effect;
    }

    public String getProcess() {
        return process;
    }

    public String getConditions() {
        return conditions;
    }

    public String getDocumentation() {
        return documentation;
    }

    public EvidenceLevel getEvidenceLevel() {
        return evidenceLevel;
    }

    public List<LandscapeCaseResult> getResults() {
        return results;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getStaffComment() {
        return staffComment;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getFirstPublishedRevision() {
        return firstPublishedRevision;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getContentChangedAt() {
        return contentChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
