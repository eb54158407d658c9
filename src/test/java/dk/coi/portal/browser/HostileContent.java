package dk.coi.portal.browser;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.XssCorpus;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.PendingEdit;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiReviewService;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every kind of user content the portal shows, filled with the XSS corpus through the real services, as a set of
 * hostile citizens would write it: page titles and bodies, edit summaries, names, talk comments, proposals to a
 * reviewed page, and the reasons staff give, with the staff demo person watching (notices and mail).
 */
final class HostileContent {

    static final String TITLE_WORD = "Ulvefod";
    static final String BODY_WORD = "hvalros";
    /** Saves and comments per person stay under the wiki's rate limit (10 a minute). */
    private static final int ACTIONS_PER_PERSON = 8;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String gallery = "Galleri " + TITLE_WORD + " " + run;
    final String reviewed = "Gennemset " + TITLE_WORD + " " + run;
    final List<String> titles = new ArrayList<>();
    final List<TestPerson> people = new ArrayList<>();
    /** The gallery's revisions, oldest first. */
    final List<Long> galleryRevisions = new ArrayList<>();
    /** A hostile citizen who watches the gallery and gets mail on each change. */
    TestPerson watcher;
    int searchablePages;

    private final SignedIn signedIn;
    private final WikiService wiki;
    private final WikiTalkService talk;
    private final WikiStewardshipService stewardship;
    private final WikiReviewService review;
    private final WikiWatchService watchlist;
    private final FollowService follows;
    private final PersonService personService;
    private final Iterator<String> lines;
    private final List<String> names;
    private final ModerationService moderation;
    private TestPerson current;
    private int actions;
    private int nameIndex;

    HostileContent(SignedIn signedIn, WikiService wiki, WikiTalkService talk, WikiStewardshipService stewardship,
                   WikiReviewService review, WikiWatchService watchlist, FollowService follows,
                   PersonService personService, ModerationService moderation) {
        this.moderation = moderation;
        this.signedIn = signedIn;
        this.wiki = wiki;
        this.talk = talk;
        this.stewardship = stewardship;
        this.review = review;
        this.watchlist = watchlist;
        this.follows = follows;
        this.personService = personService;
        this.lines = cycle(XssCorpus.lines());
        this.names = XssCorpus.lines().stream().filter(line -> line.length() <= 90).toList();
    }

    HostileContent write() {
        List<String> bodies = new ArrayList<>();
        long staff = personService.localAccountId("coi@demo.coi.dk").orElseThrow();

        // One page per attack: found by a word of its title only (the snippet is the start of the body), and by a
        // word of its body.
        List<String> attacks = XssCorpus.bodies();
        for (int i = 0; i < attacks.size(); i++) {
            String title = TITLE_WORD + " " + run + " " + i;
            String body = attacks.get(i) + "\n\n" + BODY_WORD + " " + attacks.get(i);
            if (attempt(() -> wiki.save(new WikiEdit(title, body, lines.next(), false, null)))) {
                bodies.add(attacks.get(i));
            }
        }
        searchablePages = bodies.size();
        for (String attack : XssCorpus.titles()) {
            String title = WikiTitles.normalize(attack + " " + TITLE_WORD + " " + run);
            if (WikiTitles.problem(title).isEmpty()
                    && attempt(() -> wiki.save(new WikiEdit(title, BODY_WORD, lines.next(), false, null)))) {
                titles.add(title);
            }
        }

        // The gallery: all attacks on one page, changed by several people, discussed, in a category, linking.
        String all = String.join("\n\n", bodies) + "\n\n[[Kategori:" + TITLE_WORD + " " + run + "]]\n\n"
                + titles.stream().map(title -> "[[" + title + "]]").reduce("", (a, b) -> a + " " + b);
        act(() -> wiki.save(new WikiEdit(gallery, all, lines.next(), false, null)));
        watcher = signedIn.signUp(names.getFirst());
        signedIn.as(watcher, Role.CITIZEN);
        watchlist.watch(gallery, FollowPeriod.PERMANENT, Locale.of("da"));
        follows.changeSettings(new MailSettings(MailMode.EACH_CHANGE, Locale.of("da")));
        for (int i = 0; i < 6; i++) {
            String changed = all.replace(bodies.get(i), bodies.get(bodies.size() - 1 - i));
            act(() -> {
                WikiPageView page = wiki.page(gallery).orElseThrow();
                wiki.save(new WikiEdit(gallery, changed + "\n\n" + lines.next(), lines.next(), false, page.version()));
            });
        }
        for (String attack : bodies) {
            attempt(() -> talk.comment(gallery, null, attack));
        }

        // A page under staff review, with hostile proposals and hostile reasons for rejecting them.
        act(() -> wiki.save(new WikiEdit(reviewed, BODY_WORD, lines.next(), false, null)));
        asStaff(staff);
        stewardship.protect(reviewed, PageProtection.NONE, true, lines.next());
        for (int i = 0; i < 4; i++) {
            act(() -> wiki.submit(new WikiEdit(reviewed, lines.next(), lines.next(), false,
                    wiki.page(reviewed).orElseThrow().version())));
        }
        asStaff(staff);
        List<PendingEdit> pending = review.pending(reviewed);
        review.reject(pending.getFirst().id(), lines.next());

        // Staff actions whose reasons land in the public log.
        String moved = TITLE_WORD + " flyttet " + run;
        String target = titles.isEmpty() ? TITLE_WORD + " " + run + " 0" : titles.getFirst();
        stewardship.protect(target, PageProtection.STAFF, false, lines.next());
        String deleted = TITLE_WORD + " " + run + " 1";
        stewardship.delete(deleted, lines.next());
        stewardship.undelete(deleted, lines.next());
        String toMove = TITLE_WORD + " " + run + " 2";
        stewardship.move(toMove, moved, true, lines.next(), wiki.page(toMove).orElseThrow().version());
        talk.comments(gallery).stream().limit(3).forEach(comment -> talk.hide(comment.id(), lines.next()));
        // Reports by hostile people with hostile reasons: the moderation queue shows them beside hostile excerpts.
        talk.comments(gallery).stream().filter(comment -> !comment.hidden()).limit(3).forEach(comment -> attempt(() ->
                moderation.report(TalkComment.subject(comment.id()), ReportCategory.OTHER, lines.next())));
        galleryRevisions.addAll(wiki.history(gallery, 0, 50).stream().map(line -> line.revision()).toList().reversed());
        signedIn.clear();
        return this;
    }

    private void asStaff(long staff) {
        signedIn.as(staff, "Camilla COI", Role.COI_STAFF);
    }

    /** Runs an action as a hostile person, taking the next person when the current one has used their allowance. */
    private void act(Runnable action) {
        while (current == null || actions == ACTIONS_PER_PERSON) {
            String name = names.get(nameIndex++ % names.size());
            try {
                current = signedIn.signUp(name);
                people.add(current);
                actions = 0;
            } catch (InvalidInputException refusedName) {
                current = null;
            }
        }
        signedIn.as(current, Role.CITIZEN);
        actions++;
        action.run();
    }

    /** As {@link #act}, for an attack the portal may refuse as bad input (a control character): false then. */
    private boolean attempt(Supplier<?> action) {
        try {
            act(action::get);
            return true;
        } catch (InvalidInputException refused) {
            return false;
        }
    }

    private static Iterator<String> cycle(List<String> values) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                String value = values.get(next++ % values.size());
                return value.length() > 200 ? value.substring(0, 200) : value;
            }
        };
    }
}
