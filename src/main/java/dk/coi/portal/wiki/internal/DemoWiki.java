package dk.coi.portal.wiki.internal;

import dk.coi.portal.notification.Notifications;
import dk.coi.portal.wiki.WikiSubjects;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.wiki.WikiTitles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.wiki.WikiLogAction;
import dk.coi.portal.shared.revision.EditSummary;

/**
 * Danish demo pages from COI's documents, each written in a few edits by different demo people so that
 * history has something to show, a discussion, and watched pages with changes on two watchlists. Runs after
 * the demo accounts exist, on an empty wiki only.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoWiki implements ApplicationRunner {

    private final WikiPageRepository pages;
    private final WikiWriter writer;
    private final WikiTalkCommentRepository comments;
    private final Notifications notifications;
    private final WikiLog log;
    private final PersonService people;
    private final TransactionTemplate transaction;
    private final SystemIdentity system;
    private final Clock clock;

    DemoWiki(WikiPageRepository pages, WikiWriter writer, WikiTalkCommentRepository comments,
             Notifications notifications, WikiLog log, PersonService people,
             TransactionTemplate transaction, SystemIdentity system, Clock clock) {
        this.log = log;
        this.pages = pages;
        this.writer = writer;
        this.comments = comments;
        this.notifications = notifications;
        this.people = people;
        this.transaction = transaction;
        this.system = system;
        this.clock = clock;
    }

    /** Written by the system identity, each revision credited to the demo person who "made" it. */
    @Override
    public void run(ApplicationArguments args) {
        if (pages.count() == 0) {
            system.run("demo-wiki", this::write);
        }
    }

    private void write() {
        long mads = people.localAccountId("medarbejder@demo.coi.dk").orElseThrow();
        long camilla = people.localAccountId("coi@demo.coi.dk").orElseThrow();
        long birgitte = people.localAccountId("borger@demo.coi.dk").orElseThrow();
        long anders = people.localAccountId("admin@demo.coi.dk").orElseThrow();
        Instant start = clock.instant().minus(Duration.ofDays(20));

        String definition = """
                [[Kategori:Grundbegreber]]
                Offentlig innovation er at gøre noget nyt i den offentlige sektor, der skaber værdi.
                """;
        String value = definition + """

                Værdi kan have mange former: en bedre serviceoplevelse for borgere og virksomheder, bedre kvalitet,
                større effektivitet eller et bedre arbejdsmiljø. Værdi kan skabes med en bedre måde at arbejde på
                eller med ny teknologi.

                **Stort som småt** – bare det er gennemført og har skabt værdi.
                """;
        page(camilla, "Hvad er offentlig innovation?", start, definition, "Første udgave");
        watch(mads, "Hvad er offentlig innovation?", start);
        edit(mads, "Hvad er offentlig innovation?", start.plus(Duration.ofDays(2)), value + """

                Se også [[De syv principper]] og [[KLK's fire faser]].
                """, "Om værdi og eksempler", false);
        edit(birgitte, "Hvad er offentlig innovation?", start.plus(Duration.ofDays(3)), value + """

                Se også [[De syv principper]], [[KLK's fire faser]] og
                [[Randomiserede forsøg i beskæftigelsesindsatsen]].
                """, "Link til forsøg", true);

        String principles = """
                [[Kategori:Grundbegreber]]
                Syv principper udgør parternes grundlag for samarbejdet om modernisering af den offentlige sektor:

                1. Styringen i den offentlige sektor skal fokusere på mål og resultater.
                2. Dialog, åbenhed og klare mål skal være udgangspunkt for opgaveløsningen.
                3. Ledelse og styring skal tage afsæt i tillid og ansvar.
                4. Udvikling og fagligt handlerum skal bygge på velbegrundet dokumentation.
                5. Opgaveløsningen skal baseres på viden om, hvad der virker.
                6. Ledelse og engagement skal fremme innovation.
                7. Offentlig service skal inddrage borgernes ressourcer.
                """;
        page(camilla, "De syv principper", start.plus(Duration.ofDays(1)), principles,
                "Principperne fra COI's handlingsplan");
        watch(anders, "De syv principper", start.plus(Duration.ofDays(1)));
        edit(mads, "De syv principper", start.plus(Duration.ofDays(5)), principles + """

                COI er et element i udmøntningen af principperne og arbejder på dette grundlag.
                """, "COI's rolle", false);

        String phases = """
                [[Kategori:Metoder]]
                KLK's model for bruger- og medarbejderdreven innovation arbejder i fire faser:

                | Fase | Indhold |
                |------|---------|
                | Opdagelse | Nye indsigter gennem systematiske undersøgelser af den nuværende praksis |
                | Tematisering | Indsigterne samles i temaer |
                | Idéudvikling | Kreative processer omsætter indsigterne til konkrete idéer |
                | Test | Idéerne prioriteres, og de bedste testes |
                """;
        page(mads, "KLK's fire faser", start.plus(Duration.ofDays(6)), phases, "Faserne fra KLK's projekttilbud");
        // Three headings: the demo has a page with a table of contents.
        edit(camilla, "KLK's fire faser", start.plus(Duration.ofDays(8)), phases + """

                ## Forløbet

                Forløbet bygges op over fire workshops.

                ## Varighed

                Et forløb strækker sig over 6–8 måneder.

                ## Kilden til nytænkning

                Brugernes og medarbejdernes oplevelser er kilden til nytænkning.
                """, "Workshops og varighed", false);

        String trials = """
                [[Kategori:Metoder]]
                [[Kategori:Evidens]]
                Styrelsen for Arbejdsmarked og Rekruttering (STAR) bruger randomiserede kontrollerede forsøg til at
                lære, hvad der virker for at hjælpe ledige i job.

                - **Tjeklisteforsøget**: deltagerne får en e-mail med link til en tjekliste; kontrolgruppen får ikke
                  indsatsen.
                - **Visualiseringer af arbejdstimer** på Jobnet.dk.
                - **Brevforsøg med PensionDanmark**: sundhedsbreve via e-Boks, fysisk brev eller fysisk brev med
                  opfølgning.
                """;
        page(camilla, "Randomiserede forsøg i beskæftigelsesindsatsen", start.plus(Duration.ofDays(9)), trials,
                "Eksempler fra STAR");
        edit(mads, "Randomiserede forsøg i beskæftigelsesindsatsen", start.plus(Duration.ofDays(12)), trials + """
                - **Profilering af ledige**: et forberedelsesskema koblet med en statistisk model viser risikoen
                  for langtidsledighed; effekten af kvitteringstekster testes i et forsøg.
                """, "Profilering af ledige", false);
        page(camilla, WikiTitles.categoryPage("Metoder"), start.plus(Duration.ofDays(13)), """
                Metoder og værktøjer til at udvikle, afprøve og dokumentere offentlig innovation.
                """, "Kategori for metoder");

        // A move by staff, so the log of a fresh install is not empty either.
        page(mads, "Borgerbudgetter i kommunerne", start.plus(Duration.ofDays(13)), """
                Med et borgerbudget beslutter borgerne selv, hvad en del af et budget skal bruges på.
                """, "Ny side");
        move(camilla, "Borgerbudgetter i kommunerne", "Borgerbudgetter", start.plus(Duration.ofDays(14)),
                "Kortere titel, som andre sider kan linke til");

        long question = comment("De syv principper", null, birgitte, start.plus(Duration.ofDays(14)), """
                Hvordan ser princip 7 ud i praksis? Har nogen eksempler på, at borgernes ressourcer er inddraget?
                """);
        comment("De syv principper", question, mads, start.plus(Duration.ofDays(15)), """
                I Jobcenter Aarhus planlægger ledige selv deres forløb sammen med sagsbehandleren. Se også
                [[Randomiserede forsøg i beskæftigelsesindsatsen]].
                """);
    }

    /** As staff move a page: the rename, its log line, and a redirect from the old title. */
    private void move(long staff, String oldTitle, String newTitle, Instant at, String reason) {
        WikiWriter.Change change = new WikiWriter.Change(staff,
                EditSummary.of(Phrase.of("wiki.summary.moved-because", oldTitle, newTitle, reason)), false, staff, at);
        transaction.executeWithoutResult(status -> {
            WikiPage page = pages.findByTitle(oldTitle).orElseThrow();
            writer.rename(page, newTitle, change);
            log.write(at, staff, WikiLogAction.MOVE, page.getId(), newTitle,
                    Phrase.of("wiki.summary.moved", oldTitle, newTitle), reason);
        });
        transaction.executeWithoutResult(status -> writer.create(oldTitle, "#OMDIRIGER [[" + newTitle + "]]", change));
    }

    private void watch(long person, String title, Instant since) {
        notifications.followFor(person, WikiSubjects.page(pages.findByTitle(title).orElseThrow().pageId()), since);
    }

    private long comment(String title, Long parent, long author, Instant at, String text) {
        return transaction.execute(status -> comments.save(new WikiTalkComment(pages.findByTitle(title).orElseThrow()
                .getId(), parent, author, text.strip(), at)).getId());
    }

    private void page(long author, String title, Instant at, String content, String summary) {
        transaction.executeWithoutResult(status -> writer.create(title, content.strip(),
                new WikiWriter.Change(author, EditSummary.of(summary), false, null, at)));
    }

    private void edit(long author, String title, Instant at, String content, String summary, boolean minor) {
        transaction.executeWithoutResult(status -> writer.edit(pages.findByTitle(title).orElseThrow(),
                content.strip(), new WikiWriter.Change(author, EditSummary.of(summary), minor, null, at)));
    }
}
