package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
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
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published demo cases from the seeds on a portal without any: STAR's profiling of unemployed people (a randomised
 * trial of the receipt texts) and Copenhagen's SMS/app pilot for young unemployed people (no-show rate 8,66 % in
 * 2019, the target 20 % fewer no-shows than the control group, 45 caseworkers in three groups), each registered by
 * a demo employee of its own organisation, who is also its contact person (STAR's, Copenhagen's job centre's: see
 * the README's demo accounts), and published by the portal, each a named revision of its author.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoCases {

    /** Before the demo content that builds on these cases ({@link DemoSpreading}). */
    static final int ORDER = 0;

    /** The demo accounts of the workplaces behind the demo cases (identity's demo accounts, in the README). */
    static final String EMPLOYEE = "medarbejder@demo.coi.dk";
    static final String STAR = "star@demo.coi.dk";
    static final String COPENHAGEN = "kobenhavn@demo.coi.dk";
    static final String KLK = "klk@demo.coi.dk";
    static final String ODENSE = "odense@demo.coi.dk";
    static final String STAFF = "coi@demo.coi.dk";

    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final PersonService people;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final SystemIdentity system;
    private final Clock clock;

    DemoCases(CaseRepository cases, OrganisationService organisations, PersonService people, Revisions revisions,
              EntityManager entityManager, TransactionTemplate transaction, SystemIdentity system, Clock clock) {
        this.cases = cases;
        this.organisations = organisations;
        this.people = people;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.system = system;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    void write() {
        Optional<Long> employee = people.localAccountId(EMPLOYEE);
        if (cases.count() > 0 || employee.isEmpty()) {
            return;
        }
        long starPerson = person(STAR);
        long copenhagenPerson = person(COPENHAGEN);
        system.run("demo-cases", () -> {
            Optional<OrganisationId> star = organisations.search("Styrelsen for Arbejdsmarked og Rekruttering")
                    .stream().map(OrganisationSummary::id).findFirst();
            OrganisationId copenhagen = organisations.municipalities().stream().filter(found -> found.code() == 101)
                    .map(Municipality::id).findFirst().orElseThrow();
            Instant now = clock.instant();
            star.ifPresent(organisation -> save(starPerson, now.minus(Duration.ofDays(60)), new CaseDraft(
                    "Profilering af ledige med risiko for langtidsledighed", """
                    Et forberedelsesskema koblet med en statistisk model viser borgeren og sagsbehandleren risikoen \
                    for langtidsledighed, så begge er bedre forberedt til samtalen. Et randomiseret forsøg måler \
                    effekten af kvitteringsteksterne.""", organisation, "Jobcentrene", CaseSector.EMPLOYMENT, 2019,
                    CaseStage.IMPLEMENTED, InnovationType.TECHNOLOGY, "Nyledige dagpengemodtagere",
                    Novelty.FIRST, List.of("https://star.dk"), List.of("profilering", "jobnet", "rct"), """
                    Sagsbehandleren får et bedre grundlag for sin faglige vurdering, og borgeren forbereder sig \
                    bedre til samtalen med jobkonsulenten.""", """
                    STAR udviklede forberedelsesskemaet og den statistiske model på STAR's data om ydelser, \
                    indsatser, sanktioner og jobsøgning. Kvitteringsteksterne afprøves i et **randomiseret \
                    kontrolleret forsøg**.""", """
                    - Data om ydelser, indsatser og jobsøgning
                    - Et forberedelsesskema på Jobnet
                    - Sagsbehandlere, der bruger risikovurderingen i samtalen""", """
                    Oplæg fra STAR: *Turbo på offentlig innovation* (konkrete eksempler).""", EvidenceLevel.RCT,
                    List.of(new CaseResult("Effekt af kvitteringstekster", "procentpoint", "", "", "", "Kontrolgruppe",
                            "", "STAR", true, LocalDate.now(clock).plusMonths(6))),
                    PersonId.of(starPerson), "Fuldmægtig, STAR", false)));
            save(copenhagenPerson, now.minus(Duration.ofDays(30)), new CaseDraft(
                    "Sms og app til unge ledige i Ungecenteret", """
                    Jobcenter København – Ungecenteret afprøver, om en sms-løsning eller en app gør det nemmere for \
                    ledige under 30 år og deres sagsbehandlere at skrive sammen, minde om samtaler og dele \
                    information, så færre udebliver.""", copenhagen,
                    "Beskæftigelses- og Integrationsforvaltningens servicedesignenhed", CaseSector.EMPLOYMENT, 2021,
                    CaseStage.PILOT, InnovationType.COMMUNICATION, "Ledige under 30 år", Novelty.ADAPTED,
                    List.of("https://www.kk.dk"), List.of("sms", "app", "udeblivelser", "unge"), """
                    Målet er **20 % færre udeblivelser** hos sagsbehandlere med sms- og app-løsningen end i \
                    kontrolgruppen. Erfaringer fra Region Hovedstaden viser, at telefoniske henvendelser faldt \
                    med 25 %, da kommunikationen blev mere dialogbaseret.""", """
                    45 sagsbehandlere deles i tre grupper:

                    1. en gruppe, der tester en sms-løsning,
                    2. en gruppe, der tester en app,
                    3. en kontrolgruppe, der bruger de eksisterende kommunikationsløsninger.

                    Pilotforsøget varer ét år, og der testes i mindst et halvt år. Forvaltningens \
                    servicedesignenhed er med i både design og evaluering.""", """
                    Sms-løsningen koster en halvårlig licens på 45.000 kr. og en startpakke på 50.000 kr.; \
                    app-løsningen 15.000 kr. om året i licenser og 150.000 kr. at etablere. Det forvaltningsmæssige \
                    grundlag (GDPR, borgernes retssikkerhed) skal være på plads.""", """
                    Projektbeskrivelse fra Københavns Kommune; data fra beskæftigelsessystemet om udeblivelser og \
                    aflysninger.""", EvidenceLevel.COMPARISON_GROUP,
                    List.of(new CaseResult("Udeblivelser fra samtaler i Ungecenteret", "%", "8,66",
                            "20 % færre end kontrolgruppen", "", "Sagsbehandlere uden sms og app", "2019",
                            "Beskæftigelsessystemet", true, LocalDate.now(clock).plusMonths(3))),
                    PersonId.of(copenhagenPerson), "Projektleder, Ungecenteret", false));
        });
    }

    /** The person id of a demo account (created before the demo content). */
    long person(String demoEmail) {
        return people.localAccountId(demoEmail).orElseThrow();
    }

    /**
     * One case, registered by {@code author} at {@code at}, published by the portal; in a transaction of its own.
     * Returns its id.
     */
    long save(long author, Instant at, CaseDraft draft) {
        CaseRules.Checked checked = CaseRules.check(draft, LocalDate.now(clock));
        // Published without the service, a demo case names its contact person and role and answers the four
        // qualification questions, as every published case must.
        if (!CaseRules.missingContact(checked.contactPersonId(), checked.contactRole(), "required").isEmpty()
                || !CaseRules.missingQualification(checked.effect(), checked.process(), checked.conditions(),
                checked.documentation(), "required").isEmpty()) {
            throw new IllegalStateException("A demo case lacks a contact person with a role or a qualification "
                    + "section: " + draft.title());
        }
        return transaction.execute(status -> {
            LandscapeCase kase = new LandscapeCase(checked, author, at);
            kase.submit(at);
            kase.publish(at.plus(Duration.ofDays(2)));
            cases.save(kase);
            entityManager.flush();
            kase.publishedAs(revisions.describeCurrent(EditSummary.of(Phrase.of("landscape.case.revision.registered")),
                    author, at).getId());
            return kase.getId();
        });
    }
}
