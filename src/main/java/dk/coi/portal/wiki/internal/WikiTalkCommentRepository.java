package dk.coi.portal.wiki.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WikiTalkCommentRepository extends JpaRepository<WikiTalkComment, Long> {

    /** Where a comment is: its page's title. */
    interface CommentPlace {
        Long getId();

        String getPageTitle();
    }

    List<WikiTalkComment> findByPageIdOrderByIdAsc(long pageId);

    long countByPageIdAndHiddenAtIsNull(long pageId);

    List<WikiTalkComment> findByPersonId(long personId);

    /** The pages of the comments that exist among {@code ids}, without reading their texts. */
    @Query("""
            select c.id as id, p.title as pageTitle from WikiTalkComment c join WikiPage p on p.id = c.pageId
            where c.id in :ids
            """)
    List<CommentPlace> findPlaces(Collection<Long> ids);
}
