package dk.coi.portal.ideastorm.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdeaCommentRepository extends JpaRepository<IdeaComment, Long> {

    List<IdeaComment> findByIdeaIdOrderByIdAsc(long ideaId);

    List<IdeaComment> findByAuthorIdOrderByIdAsc(long authorId);

    /** An idea's count of visible comments, by idea, for a page of cards (ideas without any are left out). */
    interface IdeaCount {
        long getIdeaId();

        long getComments();
    }

    @Query("""
            select c.ideaId as ideaId, count(c) as comments from IdeaComment c
            where c.ideaId in :ideas and c.hiddenAt is null group by c.ideaId""")
    List<IdeaCount> countVisible(@Param("ideas") Collection<Long> ideas);

    /** Where a comment is: its idea and storm, enough for its address, without any text. */
    interface CommentPlace {
        long getId();

        long getIdeaId();

        String getIdeaTitle();

        long getStormId();

        String getStormTitle();

        Instant getCommentHiddenAt();

        Instant getIdeaHiddenAt();

        /** Neither the comment nor its idea is hidden. */
        default boolean isVisible() {
            return getCommentHiddenAt() == null && getIdeaHiddenAt() == null;
        }
    }

    @Query("""
            select c.id as id, i.id as ideaId, i.title as ideaTitle, s.id as stormId, s.title as stormTitle,
                   c.hiddenAt as commentHiddenAt, i.hiddenAt as ideaHiddenAt
            from IdeaComment c join Idea i on i.id = c.ideaId join i.storm s where c.id in :ids""")
    List<CommentPlace> findPlaces(@Param("ids") Collection<Long> ids);
}
