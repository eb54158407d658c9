package dk.coi.portal.wiki.internal;

import dk.coi.portal.wiki.WikiPageRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface WikiPageRepository extends JpaRepository<WikiPage, Long> {

    Optional<WikiPage> findByTitle(String title);

    /** A page with its categories, as a reader's screen shows both: one statement instead of two. */
    @EntityGraph(attributePaths = "categories")
    @Query("select p from WikiPage p where p.title = :title")
    Optional<WikiPage> findWithCategoriesByTitle(String title);

    boolean existsByTitle(String title);

    /** The page, locked until the transaction ends, so concurrent saves of one page take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from WikiPage p where p.title = :title")
    Optional<WikiPage> findForUpdateByTitle(String title);

    /** Pages that link to a title (including redirects to it). */
    @Query("select p from WikiPage p where :title member of p.links and p.deletedAt is null order by p.title")
    List<WikiPage> findLinkingTo(String title);

    /** Ids of the pages in a category, deleted ones too (their log lines belong to the category's changes). */
    @Query("select p.id from WikiPage p where :category member of p.categories")
    List<Long> findIdsInCategory(String category);

    @Query("select p from WikiPage p where :category member of p.categories and p.deletedAt is null order by p.title")
    List<WikiPage> findInCategory(String category);

    List<WikiPage> findByDeletedAtIsNotNullOrderByTitleAsc();

    /** Of these titles, those of pages people can read (one query for all the links on a page). */
    @Query("select p.title from WikiPage p where p.title in :titles and p.deletedAt is null")
    List<String> findReadableTitles(Collection<String> titles);

    /** The titles of the pages people can read, without loading the texts. */
    @Query("select p.title from WikiPage p where p.deletedAt is null order by p.title")
    List<String> findReadableTitlesInOrder();

    /** Of each page people can read, what tells a redirect and when it changed, without loading whole texts. */
    @Query("select new dk.coi.portal.wiki.internal.PageHead(p.title, p.updatedAt, substring(p.content, 1, "
            + PageHead.START_LENGTH + ")) from WikiPage p where p.deletedAt is null order by p.title")
    List<PageHead> findReadableHeads();

    /** Every page's id and title, without loading the texts. */
    @Query("select new dk.coi.portal.wiki.WikiPageRef(p.id, p.title) from WikiPage p order by p.title")
    List<WikiPageRef> findAllTitles();
}
