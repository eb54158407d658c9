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

    /** Pages whose current text links to the title, by title. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<LinkingPage> whatLinksHere(String title) {
        return pages.findLinkingTo(WikiTitles.normalize(title)).stream()
                .map(page -> new LinkingPage(page.getTitle(), page.isRedirect())).toList();
    }

    /** Titles of the pages in a category (the name without "Kategori:"), by title. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> categoryMembers(String category) {
        return pages.findInCategory(WikiTitles.normalize(category)).stream().map(WikiPage::getTitle).toList();
    }
}
