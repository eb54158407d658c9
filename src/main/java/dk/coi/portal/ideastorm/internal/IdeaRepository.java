package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdeaRepository extends JpaRepository<Idea, Long> {

    boolean existsByThemeId(long themeId);

    /** The idea for its author's edit, read as committed and locked until the edit commits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Idea i where i.id = :id")
    Optional<Idea> findForChange(@Param("id") long id);

    List<Idea> findByAuthorIdOrderByIdAsc(long authorId);

    /** An idea as the evaluation board lists it, without its texts, and whether it is hidden, held or merged. */
    interface EvaluationRow {
        long getId();

        String getTitle();

        IdeaStatus getStatus();

        Instant getAnsweredAt();

        boolean isHidden();

        boolean isAwaitingApproval();

        boolean isMerged();
    }

    /**
     * A page of the storm's ideas for the evaluation board, oldest first, hidden, held and merged ones too (marked on
     * the board as taking no evaluation): only those with {@code status} (null: any), and only those that still lack
     * their answer when {@code onlyUnanswered}.
     */
    @Query(value = """
            select i.id as id, i.title as title, i.status as status, i.answeredAt as answeredAt,
                   case when i.hiddenAt is null then false else true end as hidden,
                   case when i.awaitingApprovalSince is null then false else true end as awaitingApproval,
                   case when i.mergedInto is null then false else true end as merged
            from Idea i where i.stormId = :storm and (:status is null or i.status = :status)
            and (:onlyUnanswered = false or (i.answeredAt is null and i.hiddenAt is null and i.mergedInto is null
                 and i.awaitingApprovalSince is null))
            order by i.id""", countQuery = """
            select count(i) from Idea i where i.stormId = :storm and (:status is null or i.status = :status)
            and (:onlyUnanswered = false or (i.answeredAt is null and i.hiddenAt is null and i.mergedInto is null
                 and i.awaitingApprovalSince is null))""")
    Page<EvaluationRow> findEvaluationRows(@Param("storm") long stormId, @Param("status") IdeaStatus status,
                                           @Param("onlyUnanswered") boolean onlyUnanswered, Pageable page);

    /** Whether the storm has any idea at all, hidden, merged or waiting ones too (votes and comments are on ideas). */
    boolean existsByStormId(long stormId);

    /** How many of the storm's ideas that take an evaluation (neither hidden, held nor merged) lack their answer. */
    @Query("""
            select count(i) from Idea i where i.stormId = :storm and i.hiddenAt is null and i.mergedInto is null
            and i.awaitingApprovalSince is null and i.answeredAt is null""")
    long countUnanswered(@Param("storm") long stormId);

    /** A storm's ideas that are neither hidden nor merged into another, oldest first: what its results show. */
    @Query("""
            select i from Idea i where i.stormId = :storm and i.hiddenAt is null and i.mergedInto is null
            order by i.createdAt, i.id""")
    List<Idea> findVisibleInStorm(@Param("storm") long stormId);

    /**
     * Up to {@code limit} ideas of the storm an idea may be merged into, whose titles contain {@code typed}: visible,
     * not merged themselves, not {@code except}.
     */
    @Query("""
            select i from Idea i where i.stormId = :storm and i.id <> :except and i.hiddenAt is null
            and i.mergedInto is null and lower(i.title) like lower(concat('%', :typed, '%')) order by i.title""")
    List<Idea> findMergeTargets(@Param("storm") long storm, @Param("except") long except,
                                @Param("typed") String typed, org.springframework.data.domain.Limit limit);

    List<Idea> findByMergedIntoOrderByIdAsc(long kept);

    boolean existsByMergedInto(long kept);

    /** Where a visible idea is read: enough for its address, without its text. */
    interface IdeaPlace {
        long getId();

        String getTitle();

        long getStormId();

        String getStormTitle();

        /** The idea page's address. */
        default String path() {
            return StormRoutes.idea(StormId.of(getStormId()), getStormTitle(), IdeaId.of(getId()), getTitle());
        }
    }

    @Query("""
            select i.id as id, i.title as title, s.id as stormId, s.title as stormTitle
            from Idea i join i.storm s where i.hiddenAt is null and i.mergedInto is null order by i.id""")
    List<IdeaPlace> findVisiblePlaces();

    @Query("""
            select i.id as id, i.title as title, s.id as stormId, s.title as stormTitle
            from Idea i join i.storm s where i.id in :ids and i.hiddenAt is null""")
    List<IdeaPlace> findVisiblePlaces(@Param("ids") Collection<Long> ids);

    @Query("""
            select i.id as id, i.title as title, s.id as stormId, s.title as stormTitle
            from Idea i join i.storm s where i.id in :ids""")
    List<IdeaPlace> findPlaces(@Param("ids") Collection<Long> ids);
}
