package dk.coi.portal.shell.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Danish demo news, taken from COI's own documents, on a portal whose news table is empty. */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoNews implements ApplicationRunner {

    private final NewsItemRepository news;
    private final Clock clock;

    DemoNews(NewsItemRepository news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (news.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        news.saveAll(List.of(
                new NewsItem("Velkommen til Innovationsportalen",
                        "Center for Offentlig Innovation skal finde, kvalificere og sprede innovation i det "
                                + "offentlige. Konkret og jordnært. På portalen deler medarbejdere, ledere og borgere "
                                + "viden om offentlig innovation, så gode løsninger fra én arbejdsplads hurtigere "
                                + "bliver taget i brug mange andre steder.",
                        today.minusDays(1)),
                new NewsItem("Hvad er offentlig innovation?",
                        "Offentlig innovation er at gøre noget nyt i den offentlige sektor, der skaber værdi. "
                                + "Værdi kan være en bedre serviceoplevelse for borgere og virksomheder, bedre "
                                + "kvalitet, større effektivitet eller et bedre arbejdsmiljø. Stort som småt – bare "
                                + "det er gennemført og har skabt værdi.",
                        today.minusDays(4)),
                new NewsItem("Randomiserede forsøg i beskæftigelsesindsatsen",
                        "Styrelsen for Arbejdsmarked og Rekruttering (STAR) bruger randomiserede kontrollerede "
                                + "forsøg til at lære, hvad der virker: tjeklisteforsøget, visualiseringer af "
                                + "arbejdstimer på Jobnet og brevforsøg med PensionDanmark. Innovationer i "
                                + "indsatsen afprøves, før de spredes.",
                        today.minusDays(9)),
                new NewsItem("Bruger- og medarbejderdreven innovation i jobcentre",
                        "KLK's fire workshops klæder jobcentrets medarbejdere på til innovation i praksis, med "
                                + "borgernes og medarbejdernes oplevelser som kilde til nytænkning. Målet er bedre "
                                + "resultater for ledige, sygemeldte og virksomheder.",
                        today.minusDays(16))));
    }
}
