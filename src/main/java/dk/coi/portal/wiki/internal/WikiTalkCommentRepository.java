package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.DiscussedPage;
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

    /** The pages that are not deleted and have comments that are not hidden, with the newest of those. */
    @Query("""
            select new dk.coi.portal.wiki.DiscussedPage(p.title, max(c.createdAt)) from WikiTalkComment c
            join WikiPage p on p.id = c.pageId where c.hiddenAt is null and p.deletedAt is null
            group by p.title order by p.title
            """)
    List<DiscussedPage> findDiscussedPages();
}
