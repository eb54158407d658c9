package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiRoutes;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import dk.coi.portal.wiki.HistoryLine;

/** Reads pages for the wiki's services: rendering, texts of old revisions and authors' credits. */
@Component
public class WikiPageViews {

    /**
     * What each cache below may hold, in characters of text (about a byte each, as Java keeps Danish text):
     * together at most about 42 MB, whatever the number of pages.
     */
    private static final long CACHED_CHARACTERS = 10_000_000;
    private static final long CACHED_OPENINGS = 2_000_000;

    private final WikiPageRepository pages;
    private final WikiRevisionRepository revisions;
    private final PersonService people;
    private final MarkdownService markdown;
    private final EntityManager entityManager;
    /**
     * A text read again (every view of a page) is parsed and rendered once: checking a few hundred links costs
     * milliseconds. Both are pure functions of their keys, so nothing is ever stale; bounded by the texts' size.
     */
    private final Cache<String, Set<String>> linkTargets = Caffeine.newBuilder().maximumWeight(CACHED_CHARACTERS)
            .weigher((String content, Set<String> targets) -> content.length()).build();
    private final Cache<Rendering, SafeHtml> rendered = Caffeine.newBuilder().maximumWeight(CACHED_CHARACTERS)
            .weigher((Rendering key, SafeHtml html) -> key.content().length() + html.html().length()).build();
    // What every view of a page adds to its rendering: its sections' links and its opening words.
    private final Cache<Placed, Sections> sectioned = Caffeine.newBuilder().maximumWeight(CACHED_CHARACTERS)
            .weigher((Placed key, Sections sections) -> sections.html().html().length()).build();
    private final Cache<String, String> openings = Caffeine.newBuilder().maximumWeight(CACHED_OPENINGS)
            .weigher((String content, String opening) -> content.length()).build();
    // Revisions never change, so neither does the difference between two of them (identified by their numbers).
    private final Cache<RevisionPair, TextDiff> differences = Caffeine.newBuilder().maximumWeight(CACHED_CHARACTERS)
            .weigher((RevisionPair pair, TextDiff diff) -> diff.weight()).build();

    WikiPageViews(WikiPageRepository pages, WikiRevisionRepository revisions, PersonService people,
                  MarkdownService markdown, EntityManager entityManager) {
        this.pages = pages;
        this.revisions = revisions;
        this.people = people;
        this.markdown = markdown;
        this.entityManager = entityManager;
    }

    /** The page for readers; the text of a deleted page only when {@code mayReadDeleted}. */
    public WikiPageView view(WikiPage page, boolean mayReadDeleted) {
        WikiRevision last = revisions.findOlderThan(page.getId(), Long.MAX_VALUE, Limit.of(1)).stream()
                .findFirst().orElse(null);
        boolean hidden = page.isDeleted() && !mayReadDeleted;
        String content = hidden ? "" : page.getContent();
        Sections sections = sectioned.get(new Placed(render(content), "/" + WikiRoutes.page(page.getTitle())),
                placed -> Sections.of(placed.html(), placed.path()));
        return new WikiPageView(page.getId(), page.getTitle(), content, sections.html(),
                openings.get(content, WikiLinks::opening), page.getVersion(),
                last == null ? 0 : last.getId(),
                last == null ? null : credit(last.getPersonId()), page.getUpdatedAt(),
                page.getCategories().stream().sorted().toList(), page.getProtection(), page.isReviewRequired(),
                page.isDeleted(), hidden ? null : PageStructure.redirectTargetOf(content).orElse(null),
                sections.headings());
    }

    /** The text as HTML; links to pages that are missing or deleted become red links to their editor. */
    public SafeHtml render(String content) {
        return renderAll(List.of(content)).getFirst();
    }

    /** Many texts (a talk page's comments) rendered with one query for the links of them all. */
    public List<SafeHtml> renderAll(List<String> contents) {
        Set<String> targets = contents.stream().flatMap(content -> linkTargets(content).stream())
                .collect(java.util.stream.Collectors.toSet());
        // Titles compare without regard to case, as the database's collation does.
        Set<String> readable = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!targets.isEmpty()) {
            readable.addAll(pages.findReadableTitles(targets));
        }
        return contents.stream().map(content -> rendered.get(new Rendering(content, linkedPages(content, readable)),
                key -> markdown.render(WikiLinks.toMarkdown(content, readable::contains)))).toList();
    }

    private Set<String> linkTargets(String content) {
        return linkTargets.get(content, text -> Set.copyOf(PageStructure.of(text).links()));
    }

    /** Of the pages a text links to, those that exist: what its rendering depends on besides the text. */
    private Set<String> linkedPages(String content, Set<String> readable) {
        return linkTargets(content).stream().filter(readable::contains).collect(java.util.stream.Collectors.toSet());
    }

    /** A rendered text at a page's address: its sections are a pure function of the two. */
    private record Placed(SafeHtml html, String path) {
    }

    /** A text and which of its linked pages exist: a rendering is a pure function of the two. */
    private record Rendering(String content, Set<String> linkedPages) {
    }

    /**
     * The difference between two revisions of the page ({@code from} 0: with an empty text), or empty when either
     * is not the page's.
     */
    public Optional<TextDiff> difference(WikiPage page, long from, long to) {
        if (!isRevisionOf(page, to) || from != 0 && !isRevisionOf(page, from)) {
            return Optional.empty();
        }
        return Optional.ofNullable(differences.get(new RevisionPair(from, to), pair -> {
            Optional<String> after = contentAt(page, to);
            Optional<String> before = from == 0 ? Optional.of("") : contentAt(page, from);
            return after.isEmpty() || before.isEmpty() ? null : TextDiff.between(before.get(), after.get());
        }));
    }

    private boolean isRevisionOf(WikiPage page, long revision) {
        return revisions.findById(revision).filter(row -> page.getId().equals(row.getPageId())).isPresent();
    }

    private record RevisionPair(long from, long to) {
    }

    /** The page's text as saved in a revision, or empty when the revision is not the page's. */
    public Optional<String> contentAt(WikiPage page, long revision) {
        return isRevisionOf(page, revision)
                ? Optional.ofNullable(AuditReaderFactory.get(entityManager).find(WikiPage.class, page.getId(), revision))
                        .map(WikiPage::getContent)
                : Optional.empty();
    }

    /** One line of a page's history; {@code previousSize} is the page's size before the revision. */
    public HistoryLine historyLine(WikiRevision row, int previousSize, Map<Long, String> credits) {
        return new HistoryLine(row.getId(), row.getPersonId(), credits.get(row.getPersonId()), row.getTime(),
                row.getSummary(), row.isMinor(), row.getPageSize(), row.getPageSize() - previousSize);
    }

    /** The credit of one author, or null for an erased person (shown as "Slettet bruger"). */
    public String credit(Long personId) {
        return personId == null ? null : credits(List.of(personId)).get(personId);
    }

    /** Credits of many authors in one query; erased people are missing from the map. */
    public Map<Long, String> credits(Collection<Long> personIds) {
        Map<PersonId, Author> authors = people.authors(personIds.stream().filter(java.util.Objects::nonNull)
                .map(PersonId::of).toList());
        return authors.entrySet().stream().collect(java.util.stream.Collectors.toMap(entry -> entry.getKey().value(),
                entry -> entry.getValue().credit()));
    }
}
