package dk.coi.portal.wiki.web;

import dk.coi.portal.wiki.WikiRoutes;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import java.time.Instant;
import java.util.Date;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.revision.EditSummary;

/**
 * Atom feeds (ROME) of the wiki's recent changes and of one page's history, in Danish or, with
 * {@code ?sprog=en}, in English: titles, automatic summaries and erased authors are translated. The language
 * is in the address rather than taken from the request, so a feed reader keeps the one it subscribed to.
 */
@RestController
class WikiFeedController {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String LANGUAGE = "sprog";
    private static final String RECENT_CHANGES = "/feeds/wiki/seneste-aendringer.atom";
    private static final String HISTORY = "/feeds/wiki/historik.atom";
    private static final String PAGE = "side";
    private static final int ENTRIES = 50;

    private final WikiService wiki;
    private final PortalAddress address;
    private final Texts texts;

    WikiFeedController(WikiService wiki, PortalAddress address, Texts texts) {
        this.wiki = wiki;
        this.address = address;
        this.texts = texts;
    }

    /** The address of the feed of recent changes, in the language given. */
    static String recentChangesFeed(String language) {
        return RECENT_CHANGES + "?" + LANGUAGE + "=" + language;
    }

    /** The address of the feed of a page's history, in the language given. */
    static String historyFeed(String title, String language) {
        return HISTORY + "?" + PAGE + "=" + UriUtils.encodeQueryParam(title, StandardCharsets.UTF_8) + "&" + LANGUAGE
                + "=" + language;
    }

    @GetMapping(value = RECENT_CHANGES, produces = ATOM)
    String recentChanges(@RequestParam(name = LANGUAGE, defaultValue = "da") String language)
            throws FeedException {
        Locale locale = PortalLocales.fromTag(language);
        String base = baseUrl();
        List<SyndEntry> entries = wiki.recentChanges(30, true, null, ENTRIES).stream()
                .map(change -> entry(locale, change.pageTitle(), base + WikiRoutes.revision(change.pageTitle(),
                        change.revision()), change.author(), change.time(), change.summary()))
                .toList();
        return write(feed(locale, texts.get(locale, "feed.wiki.recent-changes"), base + WikiRoutes.RECENT_CHANGES,
                entries));
    }

    @GetMapping(value = HISTORY, produces = ATOM)
    String pageHistory(@RequestParam(PAGE) String title,
                       @RequestParam(name = LANGUAGE, defaultValue = "da") String language) throws FeedException {
        if (wiki.page(title).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Locale locale = PortalLocales.fromTag(language);
        String base = baseUrl();
        String name = WikiTitles.normalize(title);
        List<SyndEntry> entries = wiki.history(name, 0, ENTRIES).stream()
                .map(line -> entry(locale, name, base + WikiRoutes.revision(name, line.revision()),
                        line.author(), line.time(), line.summary()))
                .toList();
        return write(feed(locale, texts.get(locale, "feed.wiki.history", name),
                base + WikiRoutes.history(name), entries));
    }

    private static SyndFeed feed(Locale locale, String title, String link, List<SyndEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setUri(link);
        feed.setLanguage(locale.getLanguage());
        feed.setPublishedDate(entries.isEmpty() ? new Date() : entries.getFirst().getPublishedDate());
        feed.setEntries(entries);
        return feed;
    }

    private SyndEntry entry(Locale locale, String title, String link, String author, Instant time,
                            EditSummary summary) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(title);
        entry.setLink(link);
        entry.setUri(link);
        entry.setAuthor(author == null ? texts.get(locale, "person.erased") : author);
        entry.setPublishedDate(Date.from(time));
        entry.setUpdatedDate(Date.from(time));
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(summary == null ? "" : texts.get(locale, summary));
        entry.setDescription(description);
        return entry;
    }

    private static String write(SyndFeed feed) throws FeedException {
        return new SyndFeedOutput().outputString(feed);
    }

    /** The configured public address, never the request's Host header, which the client chooses. */
    private String baseUrl() {
        return address.link("");
    }
}
