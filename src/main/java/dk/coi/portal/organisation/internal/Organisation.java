package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import dk.coi.portal.search.SearchAnalyzers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * An organisation of the register (see V29): reference data (a municipality or region with its official code and map
 * centre, a state body) or a unit an employee added under its parent. In the portal search by its name and where it
 * is ({@link OrganisationPlaceBinder}); a merged duplicate is not ({@link OnlyRegisteredOrganisationsIndexed}).
 */
@Entity
@Indexed(index = "organisations", routingBinder = @RoutingBinderRef(type = OnlyRegisteredOrganisationsIndexed.class))
@TypeBinding(binder = @TypeBinderRef(type = OrganisationPlaceBinder.class))
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    @FullTextField(name = "title", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationType kind;

    @Column(name = "official_code")
    private Short officialCode;

    @Column(name = "region_code")
    private Short regionCode;

    @Column(name = "municipality_code")
    private Short municipalityCode;

    @Column(precision = 7, scale = 5)
    private BigDecimal latitude;

    @Column(precision = 8, scale = 5)
    private BigDecimal longitude;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "innovation_unit", nullable = false)
    private boolean innovationUnit;

    @Column(name = "added_by")
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Version
    private long version;

    protected Organisation() {
    }

    /** A unit an employee adds under {@code parent}, of the parent's government level. */
    public Organisation(String name, Organisation parent, Short municipalityCode, long addedBy, Instant addedAt) {
        this.name = name;
        this.kind = parent.kind;
        this.parentId = parent.id;
        this.municipalityCode = municipalityCode;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public OrganisationId organisationId() {
        return OrganisationId.of(id);
    }

    public Long getId() {
        return id;
    }

    /** The version of it a person saw, to refuse a change made on an older one. */
    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getKind() {
        return kind;
    }

    public Short getOfficialCode() {
        return officialCode;
    }

    public Short getRegionCode() {
        return regionCode;
    }

    public Short getMunicipalityCode() {
        return municipalityCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isInnovationUnit() {
        return innovationUnit;
    }

    public Long getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    /** Reference data (a municipality or region) that is no one's duplicate. */
    public boolean hasOfficialCode() {
        return officialCode != null;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public void markInnovationUnit(boolean marked) {
        this.innovationUnit = marked;
    }

    /** Merged into {@code kept}: lookups of this one find the kept one from now on. */
    public void mergeInto(Organisation kept) {
        this.mergedInto = kept.id;
    }

    /** Found as itself again: staff undid its merge. */
    public void unmerge() {
        this.mergedInto = null;
    }

    /** Its name or the municipality it is located in corrected by staff; whether either changed. */
    public boolean amend(String newName, Short newMunicipalityCode) {
        boolean changed = !name.equals(newName) || !Objects.equals(municipalityCode, newMunicipalityCode);
        name = newName;
        municipalityCode = newMunicipalityCode;
        return changed;
    }

    /** Moved under another parent (the one its own parent was merged into). */
    public void moveUnder(Organisation parent) {
        this.parentId = parent.id;
    }
}
