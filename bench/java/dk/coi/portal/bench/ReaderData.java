package dk.coi.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The reading benchmark's data, written straight into the portal's tables with batched inserts (seconds, where
 * 10 000 saves through the services take minutes): the rows a save writes — the page, the portal's revision, the
 * wiki's revision data, Envers' copy of the text and the page's links — for 10 000 Danish pages, a 50 KB page
 * with ~300 links, a page with 2 000 revisions and a page with two ~100 KB revisions, plus one signed-in
 * employee. The portal must be stopped while this runs and started afterwards: its start-up check then builds the
 * search index from the database. Written against the schema of Flyway V15; a migration that changes these
 * tables must change this class too (the insert fails loudly rather than measuring something else).
 */
final class ReaderData {

    static final int SEARCH_PAGES = 10_000;
    static final int HISTORY_REVISIONS = 2_000;

    static final String PAGE_50KB = "Læsning på halvtreds kilobyte";
    /** The first words of the 50 KB page: what must be visible. */
    static final String PAGE_50KB_TEXT = "Denne side måler, hvor hurtigt en læser ser teksten.";
    static final String HISTORY_PAGE = "Side med lang historik";
    static final String HISTORY_TEXT = "Den nyeste ændring i den lange historik";
    static final String DIFF_PAGE = "Side med store versioner";
    /** A line the newer of the diff page's revisions has and the older has not. */
    static final String DIFF_TEXT = BenchTexts.CHANGED_LINE.strip();
    /** A word in about a tenth of the 10 000 pages; every page's title begins with {@link #SEARCH_TEXT}. */
    static final String SEARCH_QUERY = "klimatilpasning";
    static final String SEARCH_TEXT = "Erfaringer med";

    static final String EMAIL = "laeser@bench.example";
    static final String PASSWORD = "Benchmark-adgangskode-2026";

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|#]+)");
    private static final List<String> TOPICS = List.of("klimatilpasning", "borgerinddragelse", "digitalisering",
            "sundhedsinnovation", "ældrepleje", "folkeskolen", "mobilitet", "affaldssortering", "beskæftigelse",
            "velfærdsteknologi");
    private static final List<String> PLACES = List.of("Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers",
            "Kolding", "Horsens", "Vejle", "Roskilde", "Herning", "Silkeborg", "Næstved", "Fredericia", "Viborg",
            "Køge", "Holstebro", "Slagelse", "Taastrup", "Svendborg", "Hjørring");
    private static final List<String> WORDS = List.of("kommunen", "borgerne", "medarbejderne", "løsningen",
            "projektet", "erfaringerne", "forvaltningen", "samarbejdet", "indsatsen", "resultaterne", "udviklingen",
            "værdien", "idéen", "prøvehandlingen", "evalueringen", "lederne", "fagligheden", "hverdagen", "målene",
            "ressourcerne", "tilliden", "dialogen", "partnerskabet", "forandringen", "kvaliteten", "effekten");
    private static final List<String> VERBS = List.of("styrker", "udfordrer", "forbedrer", "samler", "afprøver",
            "beskriver", "viser", "måler", "understøtter", "forenkler", "ændrer", "skaber");

    private final String url;
    private final String user;
    private final String password;

    ReaderData(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The ids a run needs to build its addresses. */
    record Written(long diffFrom, long diffTo, int pages, long revisions, int pageBytes, long pageLinks,
                   Duration took) {
    }

    Written write() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            var ids = new Ids(db);
            Instant now = Instant.now();
            long person = person(db, ids.next("person"), now);
            var pages = new PageWriter(db, ids, person);
            Random random = new Random(10);
            for (int n = 1; n <= SEARCH_PAGES; n++) {
                String title = searchTitle(n);
                pages.page(title, List.of(searchText(random, n)), now.minus(Duration.ofMinutes(SEARCH_PAGES - n)));
            }
            // Prose that varies as written text does (so gzip does not shrink the page far below real ones), and
            // three links a section: one in the prose to an existing page, one alternately to an existing and a
            // missing page, and one to the same missing page every time.
            String fifty = PAGE_50KB_TEXT + "\n\n" + BenchTexts.page(50 * 1024,
                    section -> section % 2 == 0 ? searchTitle(1 + section % 80) : "Manglende side " + section,
                    section -> sentences(random, 1, pick(random, TOPICS)) + "[[" + searchTitle(1 + section)
                            + "|Et eksempel]] " + sentences(random, 1, pick(random, WORDS)));
            pages.page(PAGE_50KB, List.of(fifty), now.minus(Duration.ofDays(1)));
            String base = BenchTexts.text(5 * 1024, 0);
            String[] history = new String[HISTORY_REVISIONS];
            for (int i = 0; i < HISTORY_REVISIONS; i++) {
                history[i] = base + "\n\nÆndring " + i;
            }
            pages.page(HISTORY_PAGE, List.of(history), now.minus(Duration.ofDays(30)));
            long[] diff = pages.page(DIFF_PAGE, List.of(BenchTexts.text(100 * 1024, 0),
                    BenchTexts.text(100 * 1024, 1)), now.minus(Duration.ofDays(2)));
            pages.flush();
            db.commit();
            return new Written(diff[0], diff[1], pages.pages, pages.revisions,
                    fifty.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    WIKI_LINK.matcher(fifty).results().count(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static String searchTitle(int n) {
        return SEARCH_TEXT + " " + TOPICS.get(n % TOPICS.size()) + " i " + PLACES.get(n % PLACES.size()) + " nr. " + n;
    }

    /** About 2 KB of Danish sentences on the page's topic and others, with links to two other pages. */
    private static String searchText(Random random, int n) {
        StringBuilder text = new StringBuilder();
        String topic = TOPICS.get(n % TOPICS.size());
        for (int paragraph = 0; paragraph < 5; paragraph++) {
            text.append(sentences(random, 4, paragraph == 0 ? topic : pick(random, WORDS)));
            if (paragraph == 2) {
                text.append(sentences(random, 1, pick(random, TOPICS)));
            }
            text.append("\n\n");
        }
        text.append("Se også [[").append(searchTitle(1 + (n * 7) % SEARCH_PAGES)).append("]] og [[")
                .append(searchTitle(1 + (n * 13) % SEARCH_PAGES)).append("]].\n");
        return text.toString();
    }

    /** {@code count} sentences of the vocabulary, the first about {@code subject}. */
    private static String sentences(Random random, int count, String subject) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < count; sentence++) {
            String about = sentence == 0 ? subject : pick(random, WORDS);
            text.append(Character.toUpperCase(about.charAt(0))).append(about.substring(1)).append(' ')
                    .append(pick(random, VERBS)).append(' ').append(pick(random, WORDS)).append(" i ")
                    .append(pick(random, PLACES)).append(", når ").append(pick(random, WORDS)).append(' ')
                    .append(pick(random, VERBS)).append(' ').append(pick(random, WORDS)).append(". ");
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static long person(Connection db, long id, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO person (id, display_name, email, password_hash, created_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement role = db.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "Lærke Læser");
            insert.setString(3, EMAIL);
            insert.setString(4, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
            role.setLong(1, id);
            role.setString(2, "EMPLOYEE");
            role.executeUpdate();
        }
        return id;
    }

    /** The next free id of each table: the data is written with explicit ids so revisions can name their pages. */
    private static final class Ids {
        private final Connection db;

        Ids(Connection db) {
            this.db = db;
        }

        long next(String table) throws SQLException {
            try (var query = db.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                query.next();
                return query.getLong(1);
            }
        }
    }

    /** Batches the rows of pages and their revisions, as the wiki writes them on each save. */
    private static final class PageWriter {
        private static final int BATCH = 500;

        private final long person;
        private final PreparedStatement page;
        private final PreparedStatement revision;
        private final PreparedStatement meta;
        private final PreparedStatement audit;
        private final PreparedStatement link;
        private long nextPage;
        private long nextRevision;
        private int queued;
        int pages;
        long revisions;

        PageWriter(Connection db, Ids ids, long person) throws SQLException {
            this.person = person;
            this.nextPage = ids.next("wiki_page");
            this.nextRevision = ids.next("revision");
            page = db.prepareStatement("INSERT INTO wiki_page (id, version, title, content, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)");
            revision = db.prepareStatement("INSERT INTO revision (id, created_at, person_id, by_system, summary) "
                    + "VALUES (?, ?, ?, FALSE, ?)");
            meta = db.prepareStatement("INSERT INTO wiki_revision_meta (revision_id, page_id, minor, logged_action, "
                    + "page_size) VALUES (?, ?, ?, FALSE, ?)");
            audit = db.prepareStatement("INSERT INTO wiki_page_aud (id, rev, revtype, title, content) "
                    + "VALUES (?, ?, ?, ?, ?)");
            link = db.prepareStatement("INSERT INTO wiki_link (page_id, target_title) VALUES (?, ?)");
        }

        /**
         * A page whose texts are saved one after the other, a minute apart, the last at {@code lastSaved};
         * returns the revision ids. The last revision's summary is {@link #HISTORY_TEXT} on the history page.
         */
        long[] page(String title, List<String> texts, Instant lastSaved) throws SQLException {
            long id = nextPage++;
            Instant created = lastSaved.minus(Duration.ofMinutes(texts.size() - 1));
            long[] ids = new long[texts.size()];
            // The page row first: the revisions' rows point at it.
            String current = texts.getLast();
            page.setLong(1, id);
            page.setLong(2, texts.size() - 1);
            page.setString(3, title);
            page.setString(4, current);
            page.setTimestamp(5, Timestamp.from(created));
            page.setTimestamp(6, Timestamp.from(lastSaved));
            page.addBatch();
            Set<String> targets = new LinkedHashSet<>();
            WIKI_LINK.matcher(current).results().forEach(match -> targets.add(match.group(1).strip()));
            for (String target : targets) {
                link.setLong(1, id);
                link.setString(2, target);
                link.addBatch();
            }
            for (int i = 0; i < texts.size(); i++) {
                long rev = nextRevision++;
                ids[i] = rev;
                boolean last = i == texts.size() - 1;
                revision.setLong(1, rev);
                revision.setLong(2, created.plus(Duration.ofMinutes(i)).toEpochMilli());
                revision.setLong(3, person);
                revision.setString(4, i == 0 ? "Ny side" : last && title.equals(HISTORY_PAGE) ? HISTORY_TEXT
                        : "Ændring " + i);
                revision.addBatch();
                meta.setLong(1, rev);
                meta.setLong(2, id);
                meta.setBoolean(3, i % 3 == 2);
                meta.setInt(4, texts.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                meta.addBatch();
                audit.setLong(1, id);
                audit.setLong(2, rev);
                audit.setInt(3, i == 0 ? 0 : 1);
                audit.setString(4, title);
                audit.setString(5, texts.get(i));
                audit.addBatch();
                revisions++;
                if (++queued >= BATCH) {
                    flush();
                }
            }
            pages++;
            return ids;
        }

        void flush() throws SQLException {
            // In the order of the foreign keys.
            page.executeBatch();
            link.executeBatch();
            revision.executeBatch();
            meta.executeBatch();
            audit.executeBatch();
            queued = 0;
        }
    }
}
