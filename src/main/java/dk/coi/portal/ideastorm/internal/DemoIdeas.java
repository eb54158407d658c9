package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.IdeaStance;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Danish demo ideas, and the demo people's votes and comments on them, in the open jobcentre storm and the concluded
 * e-Boks storm ({@link DemoStorms}), whose results are published, once the portal is ready (the storms are committed
 * by then), ending with the demo's moderation ({@link DemoModeration}). Each idea is its own transaction, so its
 * revision is its own, credited to its author and dated when it was "submitted".
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoIdeas {

    private static final String OPEN_STORM = "Unge ledige til samtalen i jobcentret";
    private static final String CONCLUDED_STORM = "Færre breve i e-Boks";
    private static final String KLK_STORM = "Bedre overgange fra sygedagpenge til job";

    private final StormRepository storms;
    private final IdeaRepository ideas;
    private final PersonService people;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final SystemIdentity system;
    private final VoteStore votes;
    private final DemoEvaluation evaluation;
    private final IdeaCommentRepository comments;
    private final StormThemeRepository themes;
    private final DemoModeration moderation;

    DemoIdeas(StormRepository storms, IdeaRepository ideas, PersonService people, Revisions revisions,
              EntityManager entityManager, TransactionTemplate transaction, SystemIdentity system, VoteStore votes,
              DemoEvaluation evaluation, IdeaCommentRepository comments, StormThemeRepository themes,
              DemoModeration moderation) {
        this.moderation = moderation;
        this.themes = themes;
        this.evaluation = evaluation;
        this.votes = votes;
        this.comments = comments;
        this.storms = storms;
        this.ideas = ideas;
        this.people = people;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.system = system;
    }

    @EventListener(ApplicationReadyEvent.class)
    void write() {
        if (ideas.count() > 0) {
            return;
        }
        Optional<Storm> open = storm(OPEN_STORM);
        Optional<Storm> concluded = storm(CONCLUDED_STORM);
        if (open.isEmpty() || concluded.isEmpty()) {
            return;
        }
        system.run("demo-ideas", () -> {
            long birgitte = person("borger@demo.coi.dk");
            long mads = person("medarbejder@demo.coi.dk");
            long camilla = person("coi@demo.coi.dk");
            long anders = person("admin@demo.coi.dk");
            Storm youth = open.get();
            Instant opened = youth.getPhases().getFirst().getStartsAt();
            long sms = idea(youth, birgitte, opened.plus(Duration.ofHours(3)), "Sms dagen før – og igen en time før",
                    """
                    Jeg glemmer tit tider, der står i e-Boks. En **sms dagen før** og en kort påmindelse en time før \
                    samtalen ville gøre det meget nemmere at huske.

                    Sms'en skal sige, hvor og hvornår – og hvem jeg skal tale med.
                    """);
            long confirm = idea(youth, mads, opened.plus(Duration.ofHours(20)),
                    "Svar på sms for at bekræfte eller flytte tiden",
                    """
                    I jobcentret ser vi, at mange udeblivelser skyldes, at tiden ikke passer. Hvis den unge kan \
                    svare **JA** eller **FLYT** på påmindelsen, kan rådgiveren nå at give tiden til en anden.
                    """);
            idea(youth, anders, opened.plus(Duration.ofDays(1).plusHours(5)), "Samtalen som videomøde, når det passer",
                    """
                    Ikke alle samtaler behøver at foregå i jobcentret. Et kort videomøde kan være nok til en \
                    opfølgning, og det er nemmere at møde op til for unge med lang transporttid.
                    """);
            long agenda = idea(youth, birgitte, opened.plus(Duration.ofDays(2)), "Skriv, hvad samtalen skal handle om",
                    """
                    Brevene siger kun, at jeg er indkaldt. Hvis beskeden fortalte, **hvad vi skal tale om**, og \
                    hvad jeg skal tage med, ville jeg være bedre forberedt og mindre nervøs for at komme.
                    """);
            long sameAdviser = idea(youth, mads, opened.plus(Duration.ofDays(3).plusHours(2)),
                    "Samme rådgiver hver gang",
                    """
                    De unge fortæller, at de møder op, når de kender den, de skal tale med. Lad den unge have \
                    den samme rådgiver gennem hele forløbet, og vis navn og billede i beskeden.
                    """);
            Storm letters = concluded.get();
            Instant started = letters.getPhases().getFirst().getStartsAt();
            long receipt = idea(letters, camilla, started.plus(Duration.ofDays(1)),
                    "Kvittering for ansøgning som kort besked",
                    """
                    Kvitteringen for en modtaget ansøgning fylder i dag to sider. Den kunne være én linje: \
                    *Vi har modtaget din ansøgning og svarer senest den …*
                    """);
            long dental = idea(letters, birgitte, started.plus(Duration.ofDays(2)),
                    "Påmindelse om tid hos tandplejen på sms",
                    """
                    Børnetandplejen sender et brev med tiden. En sms med dato, klokkeslæt og et link til at \
                    flytte tiden ville være nok.
                    """);
            long conclusionFirst = idea(letters, mads, started.plus(Duration.ofDays(4)), "Skriv konklusionen først",
                    """
                    Mange breve starter med lovhenvisninger. Skriv i stedet **det vigtigste først**: hvad er \
                    afgjort, og hvad skal borgeren gøre nu? Resten kan stå nedenunder.
                    """);
            // The open storm's first phase takes votes and shows counts; the concluded storm's counts stand.
            vote(youth, opened.plus(Duration.ofDays(3)), sms, birgitte, mads, camilla, anders);
            vote(youth, opened.plus(Duration.ofDays(3)), confirm, mads, camilla);
            vote(youth, opened.plus(Duration.ofDays(3)), sameAdviser, birgitte, anders, camilla);
            vote(youth, opened.plus(Duration.ofDays(3)), agenda, birgitte);
            vote(letters, started.plus(Duration.ofDays(5)), conclusionFirst, birgitte, camilla, anders);
            vote(letters, started.plus(Duration.ofDays(5)), receipt, mads);
            long reminder = comment(sms, null, mads, IdeaStance.FOR, opened.plus(Duration.ofHours(6)),
                    "Det kan vores sms-system allerede. Vi skal bare slå påmindelsen en time før til.");
            comment(sms, reminder, birgitte, null, opened.plus(Duration.ofHours(8)),
                    "Fedt! Kan den også sige, hvem jeg skal tale med?");
            comment(sms, null, anders, IdeaStance.NEUTRAL, opened.plus(Duration.ofDays(1)),
                    "Husk, at ikke alle har et mobilnummer registreret hos os.");
            comment(confirm, null, camilla, IdeaStance.FOR, opened.plus(Duration.ofDays(1).plusHours(2)),
                    "En tid, der bliver givet videre, er bedre end en tom stol.");
            comment(sameAdviser, null, anders, IdeaStance.AGAINST, opened.plus(Duration.ofDays(3).plusHours(5)),
                    "Godt tænkt, men ved ferie og sygdom går det ikke altid. *Samme lille team* er mere realistisk.");
            comment(conclusionFirst, null, birgitte, IdeaStance.FOR, started.plus(Duration.ofDays(4).plusHours(3)),
                    "Ja tak! Jeg læser sjældent længere end første afsnit.");
            // Staff published the concluded storm's results the day after it concluded.
            transaction.executeWithoutResult(status -> storms.findById(letters.getId()).orElseThrow()
                    .publishResults(camilla, letters.getPhases().getLast().getStartsAt().plus(Duration.ofDays(1))));
            evaluation.evaluate(letters, camilla, anders, receipt, conclusionFirst, dental);
            storm(KLK_STORM).ifPresent(klk -> observationsInThemes(klk, mads, anders, camilla));
            Instant lately = opened.plus(Duration.ofDays(4));
            long duplicate = idea(youth, anders, lately, "Fortæl i indkaldelsen, hvad vi skal tale om",
                    """
                    Mange unge bliver væk, fordi de ikke ved, hvad samtalen går ud på. Skriv emnet i indkaldelsen.
                    """);
            vote(youth, lately, duplicate, mads, camilla);
            long namesCitizen = comment(sms, null, mads, IdeaStance.FOR, lately.plus(Duration.ofHours(1)),
                    "Jonas fra Valby kom først, da hans mor mindede ham om tiden. En sms havde klaret det.");
            long offTopic = comment(confirm, null, birgitte, IdeaStance.AGAINST, lately.plus(Duration.ofHours(2)),
                    "Man venter altid en halv time i telefonen, når man ringer til jobcentret.");
            moderation.moderate(new DemoModeration.Items(agenda, duplicate, namesCitizen, offTopic));
        });
    }

    private Optional<Storm> storm(String title) {
        return storms.findAllAddresses().stream().filter(storm -> storm.title().equals(title)).findFirst()
                .flatMap(storm -> storms.findWithPhasesById(storm.id()));
    }

    private long person(String email) {
        return people.localAccountId(email).orElseThrow();
    }

    /**
     * The KLK storm in its thematising phase: the needs and observations employees gave in its discovery, which
     * staff have begun to group under two themes (one still without a theme).
     */
    private void observationsInThemes(Storm klk, long mads, long anders, long camilla) {
        Instant discovery = klk.getPhases().getFirst().getStartsAt();
        long contact = transaction.execute(status -> themes.save(new StormTheme(klk.getId(), 0,
                "Kontakt under sygemeldingen", "Hvordan jobcentret og arbejdspladsen holder kontakten.")).getId());
        long workplace = transaction.execute(status -> themes.save(new StormTheme(klk.getId(), 1,
                "Tilbage på arbejdspladsen", "Det første stykke tid efter raskmeldingen.")).getId());
        idea(klk, contact, mads, discovery.plus(Duration.ofHours(5)), "Borgeren ved ikke, hvem der ringer",
                """
                Når vi ringer fra jobcentret, tror mange, at det er en kontrol. Vi observerer, at samtalen går \
                bedre, når borgeren på forhånd har fået en **kort besked** om, hvem der ringer og hvorfor.
                """);
        idea(klk, contact, anders, discovery.plus(Duration.ofDays(1)), "Arbejdsgiveren hører intet i ugevis",
                """
                Lederne fortæller, at de ikke ved, om de må kontakte den sygemeldte. Et fælles første møde \
                med jobcentret i de første to uger kunne gøre det tydeligt.
                """);
        idea(klk, workplace, camilla, discovery.plus(Duration.ofDays(2)), "Delvis raskmelding bliver opdaget for sent",
                """
                Mange kunne starte på nedsat tid, men muligheden bliver først nævnt efter otte uger. Behovet er \
                at tale om *gradvis tilbagevenden* tidligt i forløbet.
                """);
        idea(klk, null, mads, discovery.plus(Duration.ofDays(4)), "For mange skemaer til den samme sygemelding",
                """
                Borgeren udfylder de samme oplysninger til læge, jobcenter og arbejdsgiver. Observation fra \
                tre forløb i efteråret.
                """);
    }

    /** One idea in a transaction of its own, its revision credited to its author at its time; its id. */
    private long idea(Storm storm, long author, Instant at, String title, String description) {
        return idea(storm, null, author, at, title, description);
    }

    /** As {@link #idea(Storm, long, Instant, String, String)}, under one of the storm's themes (null: none). */
    private long idea(Storm storm, Long theme, long author, Instant at, String title, String description) {
        return transaction.execute(status -> {
            long id = ideas.save(new Idea(storm.getId(), theme, title, description.strip(), author, at)).getId();
            entityManager.flush();
            revisions.describeCurrent(EditSummary.of(Phrase.of("ideastorm.idea.revision.submitted")), author, at);
            return id;
        });
    }

    /** A demo person's comment on an idea (or reply, {@code parent}) at its time; its id. */
    private long comment(long idea, Long parent, long author, IdeaStance stance, Instant at, String text) {
        return transaction.execute(status -> comments.save(new IdeaComment(ideas.findById(idea).orElseThrow(), parent,
                author, stance, text, at)).getId());
    }

    /** The demo people's votes for an idea. */
    private void vote(Storm storm, Instant at, long idea, long... voters) {
        transaction.executeWithoutResult(status -> {
            for (long voter : voters) {
                votes.add(idea, voter, storm.getId(), at);
            }
        });
    }
}
