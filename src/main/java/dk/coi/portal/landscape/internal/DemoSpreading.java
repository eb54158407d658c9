package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spreading's demo content, after the demo cases ({@link DemoCases}) on a portal with them and without adoptions:
 * four more cases from the seeds — STAR's visualisation of benefits and working hours on Jobnet (RCT), the checklist
 * trial (an e-mail with a checklist against a control group), the letter trial with PensionDanmark (e-Boks, letter,
 * letter and reminder, control group) and KLK's programme for user- and employee-driven innovation in job centres —
 * and adoptions between demo municipalities, among them the chain KLK → Aarhus → Odense (each municipality's own case,
 * illustrative) → Vejle, and Copenhagen's SMS pilot reused in Frederiksberg and Aarhus, so the lineage, the most
 * reused cases and the spreading map have something to show. Published long before the demo cases, so lists that
 * start with the newest still start with those. Each case is registered by a demo employee of its own organisation,
 * its contact; each reuse is recorded by one of the adopting workplace, or by COI's demo staff member for a workplace
 * without a demo account (COI maps the landscape with the workplaces).
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoSpreading {

    static final String KLK_PROGRAMME = "Bruger- og medarbejderdreven innovation i jobcentret";

    private final DemoCases demoCases;
    private final CaseRepository cases;
    private final AdoptionRepository adoptions;
    private final OrganisationService organisations;
    private final PersonService people;
    private final TransactionTemplate transaction;
    private final SystemIdentity system;
    private final Clock clock;
    private final EntityManager entityManager;

    DemoSpreading(DemoCases demoCases, CaseRepository cases, AdoptionRepository adoptions,
                  OrganisationService organisations, PersonService people, TransactionTemplate transaction,
                  SystemIdentity system, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.demoCases = demoCases;
        this.cases = cases;
        this.adoptions = adoptions;
        this.organisations = organisations;
        this.people = people;
        this.transaction = transaction;
        this.system = system;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void write() {
        Optional<Long> employee = people.localAccountId(DemoCases.EMPLOYEE);
        Optional<LandscapeCase> smsPilot = cases.findAll().stream()
                .filter(kase -> kase.getTitle().equals("Sms og app til unge ledige i Ungecenteret")).findFirst();
        if (employee.isEmpty() || smsPilot.isEmpty() || adoptions.count() > 0) {
            return;
        }
        system.run("demo-spreading", () -> {
            long aarhusPerson = employee.get();
            long starPerson = demoCases.person(DemoCases.STAR);
            long klkPerson = demoCases.person(DemoCases.KLK);
            long odensePerson = demoCases.person(DemoCases.ODENSE);
            long coi = demoCases.person(DemoCases.STAFF);
            Instant now = clock.instant();
            OrganisationId star = organisation("Styrelsen for Arbejdsmarked og Rekruttering");
            OrganisationId klk = organisation("KLK");
            long jobnet = demoCases.save(starPerson, now.minus(Duration.ofDays(700)), new CaseDraft(
                    "Visualisering af ydelse og arbejdstimer på Jobnet", """
                    Jobnet viser den lediges ydelse og arbejdstimer grafisk, så ledige bedre forstår deres egen \
                    situation og intentionerne med reformen. Et randomiseret forsøg måler effekten af \
                    visualiseringerne.""", star, "Jobcentrene", CaseSector.EMPLOYMENT, 2019, CaseStage.IMPLEMENTED,
                    InnovationType.TECHNOLOGY, "Ledige på Jobnet", Novelty.FIRST, List.of("https://star.dk"),
                    List.of("jobnet", "visualisering", "rct"), """
                    Ledige, der ser deres ydelse og timer, forstår bedre, hvad arbejdstimer betyder for ydelsen.""",
                    """
                    Visualiseringerne afprøves i et **randomiseret kontrolleret forsøg**: en del af de ledige ser \
                    dem på Jobnet, en kontrolgruppe ser den hidtidige side.""", """
                    - Data om ydelser og arbejdstimer
                    - En side på Jobnet, der kan vise data grafisk""", """
                    Oplæg fra STAR: *Turbo på offentlig innovation* (konkrete eksempler).""", EvidenceLevel.RCT,
                    List.of(new CaseResult("Effekt af visualiseringerne", "procentpoint", "", "", "",
                            "Ledige uden visualisering", "", "STAR", true, LocalDate.now(clock).plusMonths(4))),
                    PersonId.of(starPerson), "Fuldmægtig, STAR", false));
            long checklist = demoCases.save(starPerson, now.minus(Duration.ofDays(650)), new CaseDraft(
                    "Tjeklisteforsøget: e-mail med tjekliste til nyledige", """
                    Nyledige får en e-mail med link til en personlig tjekliste, der hjælper dem i gang med at søge \
                    job tidligt i ledighedsforløbet. Et randomiseret forsøg sammenligner med en kontrolgruppe, der \
                    ikke får indsatsen.""", star, "Fagligt Fælles Forbund (3F)", CaseSector.EMPLOYMENT, 2020,
                    CaseStage.IMPLEMENTED, InnovationType.COMMUNICATION, "Nyledige", Novelty.FIRST,
                    List.of("https://star.dk"), List.of("tjekliste", "jobsøgning", "rct"), """
                    Ledige kommer tidligere i gang med at søge job.""", """
                    Tjeklisten har fire trin:

                    1. Planlæg din jobsøgning
                    2. Hvad er du god til?
                    3. Brug dit netværk
                    4. Søg job

                    Deltagergruppen modtager en e-mail med link til tjeklisten; kontrolgruppen modtager ikke \
                    indsatsen.""", """
                    - Ledige ledes via e-mail til en tjekliste på nettet
                    - Lodtrækning mellem deltagergruppe og kontrolgruppe""", """
                    Oplæg fra STAR: *Turbo på offentlig innovation*.""", EvidenceLevel.RCT,
                    List.of(new CaseResult("Jobsøgning i de første uger", "andel ledige", "", "", "",
                            "Kontrolgruppe uden e-mail", "", "STAR", true, LocalDate.now(clock).plusMonths(5))),
                    PersonId.of(starPerson), "Fuldmægtig, STAR", false));
            demoCases.save(starPerson, now.minus(Duration.ofDays(600)), new CaseDraft(
                    "Brevforsøg med PensionDanmark: sundhedsbreve til sygemeldte", """
                    Sygemeldte får at vide, at de kan have ret til tilbud eller ydelser i deres \
                    forsikringsordning, i sundhedsbreve bygget på nudging. Et randomiseret forsøg sammenligner \
                    e-Boks, fysisk brev og fysisk brev med opfølgningsbrev med en kontrolgruppe.""", star,
                    "PensionDanmark", CaseSector.EMPLOYMENT, 2020, CaseStage.PILOT, InnovationType.COMMUNICATION,
                    "Sygemeldte medlemmer af PensionDanmark", Novelty.FIRST, List.of("https://star.dk"),
                    List.of("breve", "nudging", "sygemeldte", "rct"), """
                    Flere sygemeldte bruger de tilbud, deres forsikringsordning giver dem.""", """
                    Fire grupper ved lodtrækning:

                    1. brev i e-Boks,
                    2. fysisk brev,
                    3. fysisk brev og et opfølgningsbrev måneden efter,
                    4. en kontrolgruppe, der ikke får breve i forsøgsperioden.

                    Kontrolgruppen får sundhedsbrevet, når forsøget er slut, hvis de stadig er sygemeldte seks \
                    måneder efter, at de skulle have haft det.""", """
                    - Et samarbejde med pensionskassen om data og udsendelse
                    - Breve skrevet med nudging""", """
                    Oplæg fra STAR: *Turbo på offentlig innovation*.""", EvidenceLevel.RCT, List.of(),
                    PersonId.of(starPerson), "Fuldmægtig, STAR", false));
            long programme = demoCases.save(klkPerson, now.minus(Duration.ofDays(900)), new CaseDraft(KLK_PROGRAMME, """
                    KLK's innovationsforløb for jobcentre: gennem fire workshops over 6-8 måneder lærer medarbejdere \
                    og ledere bruger- og medarbejderdreven innovation i praksis, med borgeren i centrum, og en \
                    gruppe medarbejdere bliver innovationsambassadører.""", klk, "KL's kontor for Arbejdsmarked",
                    CaseSector.EMPLOYMENT, 2012, CaseStage.SPREAD, InnovationType.PROCESS, "Jobcentrenes medarbejdere",
                    Novelty.FIRST, List.of("https://www.kl.dk/klk/bdi-model"), List.of("brugerdreven innovation",
                    "workshops", "jobcenter"), """
                    Konkrete ideer til en bedre lokal beskæftigelsesindsats, medarbejdere og ledere, der kan arbejde \
                    med innovation, og en innovationskultur i jobcentret.""", """
                    Fire faser — opdagelse, tematisering, idéudvikling og test — på fire fælles workshops, med \
                    afprøvning af metoderne i mellemrummene.""", """
                    Forløbet koster 100.000 kr. ekskl. moms og transport og består af fire workshops på hver ca. \
                    otte timer.""", """
                    Projekttilbud fra KLK: *Bruger- og medarbejderdreven innovation* (marts 2012).""",
                    EvidenceLevel.QUALITATIVE, List.of(), PersonId.of(klkPerson), "Chefkonsulent, KLK", false));
            long aarhus = demoCases.save(aarhusPerson, now.minus(Duration.ofDays(850)), ownCase(
                    "Brugerdreven innovation i Jobcenter Aarhus", """
                    Jobcenter Aarhus har brugt KLK's model for bruger- og medarbejderdreven innovation i sit \
                    ungeområde, med unge ledige i workshops ved siden af medarbejderne (demoeksempel).""",
                    municipality(751), 2014, aarhusPerson, """
                    Ideer fra de unge selv til ungeområdets samtaler og forløb; medarbejderne bruger metoderne \
                    i det daglige.""", """
                    Tre workshops i stedet for KLK's fire, med unge ledige ved siden af medarbejderne.""", """
                    - Unge ledige, der vil deltage
                    - En tovholder i jobcentret""", """
                    Jobcentrets egen opsamling efter workshopperne (demoeksempel)."""));
            long odense = demoCases.save(odensePerson, now.minus(Duration.ofDays(800)), ownCase(
                    "Innovationsambassadører i Jobcenter Odense", """
                    Jobcenter Odense har uddannet innovationsambassadører efter Aarhus' udgave af KLK's forløb, \
                    så hver afdeling har en, der kan lede en workshop (demoeksempel).""", municipality(461), 2016,
                    odensePerson, """
                    Hver afdeling har en ambassadør, der kan lede en workshop.""", """
                    Ambassadørerne blev uddannet på et forløb efter Aarhus' udgave af KLK's model.""", """
                    - Tid til ambassadørerne i hver afdeling
                    - Ledelsens opbakning""", """
                    Jobcentrets opgørelse af uddannede ambassadører (demoeksempel)."""));
            transaction.executeWithoutResult(status -> {
                adopt(programme, municipality(751), AdoptionKind.ADAPTED, YearMonth.of(2014, 3), """
                        Vi tog de unge ledige med i workshops og kortede forløbet til tre workshops.""", null,
                        aarhus, aarhusPerson);
                adopt(aarhus, municipality(461), AdoptionKind.ADAPTED, YearMonth.of(2016, 9), """
                        Vi lagde vægt på at uddanne **innovationsambassadører** i alle afdelinger.""",
                        "Otte ambassadører uddannet det første år", odense, odensePerson);
                adopt(odense, municipality(630), AdoptionKind.INSPIRED, YearMonth.of(2019, 2), """
                        Vi lod os inspirere af ambassadørerne, men uden workshopforløbet.""", null, null, coi);
                adopt(checklist, municipality(851), AdoptionKind.COPIED, YearMonth.of(2021, 5), """
                        Vi sender tjeklisten til alle nyledige i jobcentret.""", null, null, coi);
                adopt(checklist, municipality(561), AdoptionKind.ADAPTED, YearMonth.of(2022, 1), """
                        Vi har tilføjet et trin om lokale virksomheder.""", null, null, coi);
                adopt(jobnet, municipality(730), AdoptionKind.INSPIRED, YearMonth.of(2021, 10), """
                        Vi viser ydelse og timer på papir i den første samtale.""", null, null, coi);
                adopt(smsPilot.get().getId(), municipality(147), AdoptionKind.ADAPTED, YearMonth.of(2023, 4), """
                        Vi bruger kun sms-løsningen og sender påmindelsen dagen før samtalen.""", null, null, coi);
                adopt(smsPilot.get().getId(), municipality(751), AdoptionKind.INSPIRED, YearMonth.of(2023, 10), """
                        Vi har ændret vores egne indkaldelser efter erfaringerne fra København.""", null, null,
                        aarhusPerson);
            });
        });
    }

    /** An adopter's own case with its effect, process, conditions and documentation, as every published case has. */
    private static CaseDraft ownCase(String title, String summary, OrganisationId organisation, int year,
                                     long contact, String effect, String process, String conditions,
                                     String documentation) {
        return new CaseDraft(title, summary, organisation, "KLK", CaseSector.EMPLOYMENT, year,
                CaseStage.IMPLEMENTED, InnovationType.PROCESS, "Ledige og jobcentrets medarbejdere", Novelty.ADAPTED,
                List.of(), List.of("brugerdreven innovation", "jobcenter"), effect, process, conditions,
                documentation, EvidenceLevel.NOT_EVALUATED, List.of(), PersonId.of(contact),
                "Udviklingskonsulent", false);
    }

    private void adopt(long kase, OrganisationId workplace, AdoptionKind kind, YearMonth when, String changes,
                       String results, Long ownCase, long author) {
        Adoption adoption = new Adoption(kase, new AdoptionRules.Checked(workplace.value(), kind, when,
                changes.strip(), results), author, clock.instant());
        if (ownCase != null) {
            adoption.registeredAs(ownCase);
        }
        adoptions.save(adoption);
        // The case's document counts its adoptions (the catalogue's order "most reused").
        cases.findById(kase).ifPresent(Search.session(entityManager).indexingPlan()::addOrUpdate);
    }

    private OrganisationId organisation(String name) {
        return organisations.search(name).stream().map(OrganisationSummary::id).findFirst().orElseThrow();
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code)
                .map(Municipality::id).findFirst().orElseThrow();
    }
}
