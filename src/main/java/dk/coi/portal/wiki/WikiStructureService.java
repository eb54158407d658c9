package dk.coi.portal.wiki;

import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How pages hang together: which pages link to a page, and which pages are in a category. */
@Service
public class WikiStructureService {

    private final WikiPageRepository pages;

    WikiStructureService(WikiPageRepository pages) {
        this.pages = pages;
    }

    /** A page that links to another, and whether it does so by redirecting to it. */
    public record LinkingPage(String title, boolean redirect) {
    }

    /**
     * What "what links here" shows of a title: whether a page of that title is there to read (not deleted), and
     * the pages whose current text links to the title, by title (a missing page may be linked to already).
     */
    public record LinksHere(String title, boolean pageExists, List<LinkingPage> pages) {
    }

    /** Pages whose current text links to the title, by title. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<LinkingPage> whatLinksHere(String title) {
        return pages.findLinkingTo(WikiTitles.normalize(title)).stream()
                .map(page -> new LinkingPage(page.getTitle(), page.isRedirect())).toList();
    }

    /** The screen of pages linking to a title, and whether the title's page exists. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LinksHere linksHere(String title) {
        String normalized = WikiTitles.normalize(title);
        boolean exists = pages.findByTitle(normalized).filter(page -> !page.isDeleted()).isPresent();
        return new LinksHere(normalized, exists, whatLinksHere(normalized));
    }

    /** Titles of the pages in a category (the name without "Kategori:"), by title. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> categoryMembers(String category) {
        return pages.findInCategory(WikiTitles.normalize(category)).stream().map(WikiPage::getTitle).toList();
    }
}
