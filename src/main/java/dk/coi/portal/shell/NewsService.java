package dk.coi.portal.shell;

import dk.coi.portal.shell.internal.NewsItem;
import dk.coi.portal.shell.internal.NewsItemRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** COI's news for the front page and the news archive; public reading. */
@Service
public class NewsService {

    /** How many of the newest items the front page shows. */
    public static final int ON_FRONT_PAGE = 5;

    private final NewsItemRepository news;

    NewsService(NewsItemRepository news) {
        this.news = news;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<NewsItemSummary> latest(int count) {
        return news.findAllByOrderByPublishedOnDescIdDesc(Limit.of(count)).stream().map(NewsService::summary).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<NewsItemSummary> find(long id) {
        return news.findById(id).map(NewsService::summary);
    }

    /** Every news item, newest first (for the sitemap: COI publishes a few a month). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<NewsItemSummary> all() {
        return news.findAllByOrderByPublishedOnDescIdDesc(Limit.unlimited()).stream().map(NewsService::summary).toList();
    }

    /** One page of the news archive, newest first ({@code page} counts from 1). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public NewsArchive archive(int page) {
        Page<NewsItem> found = news.findAll(PageRequest.of(Math.max(page, 1) - 1, NewsArchive.PAGE_SIZE,
                Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"))));
        return new NewsArchive(found.getContent().stream().map(NewsService::summary).toList(), Math.max(page, 1),
                found.getTotalPages());
    }

    private static NewsItemSummary summary(NewsItem item) {
        return new NewsItemSummary(item.getId(), item.getTitle(), item.getBody(), item.getPublishedOn());
    }
}
