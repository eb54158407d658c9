package dk.coi.portal.shared.revision;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;

/**
 * The revision of the running transaction, for a module's writer to describe, and revisions read back. Runs
 * inside the caller's transaction; callers check rights.
 */
@Component
public class Revisions {

    private final EntityManager entityManager;

    Revisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Describes the revision the running transaction's audited changes go into (flush them first). {@code creditedTo} names the person the change is credited to when that is not whoever is
     * signed in (a reviewed edit is credited to its author); {@code at} dates it when that is not now. A module
     * keeps its own data of the revision in an entity that maps its id from it ({@code @MapsId}).
     */
    public PortalRevision describeCurrent(EditSummary summary, Long creditedTo, Instant at) {
        PortalRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(PortalRevision.class, true);
        if (summary.phrase() != null) {
            revision.describe(summary.phrase());
        } else {
            revision.describe(summary.text());
        }
        if (creditedTo != null) {
            revision.madeBy(creditedTo, false);
        }
        if (at != null) {
            revision.dateAt(at);
        }
        return revision;
    }

    public Map<Long, PortalRevision> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<PortalRevision> found = entityManager
                .createQuery("select r from PortalRevision r where r.id in :ids", PortalRevision.class)
                .setParameter("ids", ids).getResultList();
        return found.stream().collect(Collectors.toMap(PortalRevision::getId, Function.identity()));
    }

    /** The revisions that touched an audited entity, oldest first. */
    public List<Long> revisionsOf(Class<?> type, Object id) {
        return AuditReaderFactory.get(entityManager).getRevisions(type, id).stream().map(Number::longValue).toList();
    }

    /** The state of an audited entity as a revision left it, or null when that revision did not touch it. */
    public <T> T stateAt(Class<T> type, Object id, long revision) {
        return AuditReaderFactory.get(entityManager).find(type, id, revision);
    }
}
