package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spreading on the real database: a workplace records that it reused a published case (every rule refused at once
 * with its translated key and nothing stored, a workplace adopts a case once, never its own organisation's), its
 * own case draft linked to the original, the lineage A → B → C shown from every case of it and safe from cycles, the
 * notices to the case's people, contact requests whose notices and mail carry no address, the GDPR export and
 * erasure, and merges of people and organisations.
 */
@PortalTest
class AdoptionsTest {

    @Autowired
    Adoptions adoptions;
    @Autowired
    ContactRequests contactRequests;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    GreenMail mailServer;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(municipality -> municipality.code() == code)
                .findFirst().orElseThrow().id();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Europe/Copenhagen"));
    }

    /** A case of the organisation, registered by its owner (its contact person) and published by staff. */
    private CaseId published(TestPerson owner, OrganisationId organisation) {
        signedIn.as(owner, Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(unique("Genbrugscase"), "En case, der kan genbruges.", organisation);
        CaseId id = cases.register(TestCaseDrafts.withContact(plain, PersonId.of(owner.id()), "Projektleder"));
        cases.submit(id);
        publish(id);
        return id;
    }

    private void publish(CaseId id) {
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
    }

    /**
     * Its editor, who recorded the reuse and so is its contact person, names their role and writes its own effect
     * and documentation (an own case starts without them, as a draft may) and submits it.
     */
    private void submitWithContact(CaseId id) {
        CaseEditing editing = cases.editing(id).orElseThrow();
        CaseDraft was = editing.draft();
        assertThat(was.contactPerson()).as("the person recording the reuse").isEqualTo(
                TestCaseDrafts.signedInPerson());
        CaseDraft qualified = TestCaseDrafts.withQualification(was, "Færre udeblivelser.", was.process(),
                was.conditions(), "Egen opgørelse.");
        cases.edit(id, TestCaseDrafts.withContact(qualified, was.contactPerson(), "Projektleder"),
                editing.version());
        cases.submit(id);
    }

    private static AdoptionDraft adoption(OrganisationId workplace, boolean ownCase) {
        return new AdoptionDraft(workplace, AdoptionKind.ADAPTED, thisMonth().minusMonths(2),
                "Vi har **tilpasset** påmindelserne til vores ungeindsats.", "Færre udeblivelser end før", ownCase);
    }

    private long adoptionRows() {
        return database.queryForObject("select count(*) from landscape_adoption", Long.class)
                + database.queryForObject("select count(*) from landscape_case", Long.class);
    }

    @Test
    void everyRuleIsRefusedAtOnceAndNothingIsStored() {
        TestPerson owner = signedIn.signUp("Olga Ejer");
        CaseId id = published(owner, municipality(101));
        signedIn.newPerson("Anders Aarhus", Role.EMPLOYEE);
        long before = adoptionRows();

        assertThatThrownBy(() -> adoptions.adopt(id, new AdoptionDraft(municipality(101), null,
                thisMonth().plusMonths(1), " ", null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("workplace", "landscape.adoption.workplace.own")
                        .containsEntry("kind", "landscape.adoption.kind.required")
                        .containsEntry("adoptedIn", "landscape.adoption.adoptedIn.future")
                        .containsEntry("changes", "landscape.adoption.changes.required"));
        assertThatThrownBy(() -> adoptions.adopt(id, new AdoptionDraft(municipality(751), AdoptionKind.COPIED,
                YearMonth.of(2019, 12), "Kopieret.", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsExactly(Map.entry("adoptedIn", "landscape.adoption.adoptedIn.before-case")));
        assertThat(adoptionRows()).isEqualTo(before);

        adoptions.adopt(id, adoption(municipality(751), false));
        assertThatThrownBy(() -> adoptions.adopt(id, adoption(municipality(751), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsExactly(Map.entry("workplace", "landscape.adoption.workplace.already")));
        assertThat(adoptionRows()).isEqualTo(before + 1);

        signedIn.newPerson("Carl Citizen", Role.CITIZEN);
        assertThatThrownBy(() -> adoptions.adopt(id, adoption(municipality(461), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The trial's finding: the own case draft took the original's title. It is "<title> i <workplace>" unless the
     * person names it, and a title the workplace already has is refused at that field, with nothing stored.
     */
    @Test
    void theOwnCaseDraftIsTitledForTheWorkplaceOrAsNamedAndATakenTitleIsRefused() {
        TestPerson copenhagen = signedIn.signUp("Karen København");
        CaseId original = published(copenhagen, municipality(101));
        String originalTitle = cases.screen(original).orElseThrow().title();
        TestPerson aarhus = signedIn.signUp("Anders Aarhus");
        CaseId taken = published(aarhus, municipality(751));
        String takenTitle = cases.screen(taken).orElseThrow().title();
        signedIn.as(aarhus, Role.EMPLOYEE);
        long before = adoptionRows();

        AdoptionDraft plain = adoption(municipality(751), true);
        assertThatThrownBy(() -> adoptions.adopt(original, new AdoptionDraft(plain.workplace(), plain.kind(),
                plain.adoptedIn(), plain.changes(), plain.results(), true, takenTitle)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsExactly(Map.entry("ownCaseTitle", "landscape.case.title.taken")));
        assertThat(adoptionRows()).isEqualTo(before);
        assertThatThrownBy(() -> adoptions.adopt(original, new AdoptionDraft(plain.workplace(), null,
                plain.adoptedIn(), plain.changes(), plain.results(), true, " " + takenTitle + " ")))
                .as("the review's finding: a taken title is said together with the other refusals, not after them")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsKey("kind").containsEntry("ownCaseTitle", "landscape.case.title.taken"));
        assertThat(adoptionRows()).isEqualTo(before);

        AdoptionId adopted = adoptions.adopt(original, plain);
        long own = database.queryForObject("select adopting_case_id from landscape_adoption where id = ?",
                Long.class, adopted.value());
        assertThat(cases.editing(CaseId.of(own)).orElseThrow().draft().title())
                .isEqualTo(originalTitle + " i Aarhus Kommune");

        signedIn.newPerson("Olivia Odense", Role.EMPLOYEE);
        AdoptionId named = adoptions.adopt(original, new AdoptionDraft(municipality(461), AdoptionKind.COPIED,
                thisMonth(), "Kopieret.", null, true, "Sms-påmindelser i Odense"));
        long odense = database.queryForObject("select adopting_case_id from landscape_adoption where id = ?",
                Long.class, named.value());
        assertThat(cases.editing(CaseId.of(odense)).orElseThrow().draft().title()).isEqualTo(
                "Sms-påmindelser i Odense");
    }

    @Test
    void theAdoptersAndTheLineageShowFromEveryCaseOfItAndACycleEnds() {
        TestPerson copenhagen = signedIn.signUp("Karen København");
        CaseId first = published(copenhagen, municipality(101));

        signedIn.newPerson("Anders Aarhus", Role.EMPLOYEE);
        AdoptionId fromFirst = adoptions.adopt(first, adoption(municipality(751), true));
        long second = database.queryForObject("select adopting_case_id from landscape_adoption where id = ?",
                Long.class, fromFirst.value());
        signedIn.as(ownerOf(second), "Anders Aarhus", Role.EMPLOYEE);
        submitWithContact(CaseId.of(second));
        publish(CaseId.of(second));

        signedIn.newPerson("Olivia Odense", Role.EMPLOYEE);
        AdoptionId fromSecond = adoptions.adopt(CaseId.of(second), new AdoptionDraft(municipality(461),
                AdoptionKind.INSPIRED, thisMonth(), "Inspireret af Aarhus.", null, true));
        long third = database.queryForObject("select adopting_case_id from landscape_adoption where id = ?",
                Long.class, fromSecond.value());
        signedIn.as(ownerOf(third), "Olivia Odense", Role.EMPLOYEE);
        assertThat(cases.editing(CaseId.of(third)).orElseThrow().draft().novelty()).isEqualTo(Novelty.ADAPTED);
        submitWithContact(CaseId.of(third));
        publish(CaseId.of(third));

        signedIn.anonymous();
        CaseSpreading ofFirst = adoptions.spreading(first).orElseThrow();
        assertThat(ofFirst.adopters()).singleElement().satisfies(adopter -> {
            assertThat(adopter.organisation().name()).isEqualTo("Aarhus Kommune");
            assertThat(adopter.kind()).isEqualTo(AdoptionKind.ADAPTED);
            assertThat(adopter.changes().html()).contains("<strong>tilpasset</strong>");
            assertThat(adopter.ownCasePath()).startsWith("landskab/" + second + "-");
        });
        assertThat(ofFirst.from()).isEmpty();
        assertThat(ofFirst.onward()).extracting(CaseSpreading.LineageStep::id, CaseSpreading.LineageStep::depth)
                .containsExactly(tuple(CaseId.of(second), 1),
                        tuple(CaseId.of(third), 2));
        assertThat(ofFirst.mayAdopt()).isFalse();
        assertThat(adoptions.spreading(CaseId.of(third)).orElseThrow().from())
                .extracting(CaseSpreading.LineageStep::id).containsExactly(first, CaseId.of(second));
        CaseSpreading ofSecond = adoptions.spreading(CaseId.of(second)).orElseThrow();
        assertThat(ofSecond.from()).extracting(CaseSpreading.LineageStep::organisation)
                .containsExactly("Københavns Kommune");
        assertThat(ofSecond.onward()).extracting(CaseSpreading.LineageStep::id).containsExactly(CaseId.of(third));
        assertThat(adoptions.reuseCounts(List.of(first, CaseId.of(second), CaseId.of(third))))
                .containsEntry(first, 1L).containsEntry(CaseId.of(second), 1L).containsEntry(CaseId.of(third), 0L);

        // A → B → C → A: written past the service (which only ever links a new draft), the lineage still ends.
        database.update("""
                insert into landscape_adoption (case_id, organisation_id, kind, adopted_in, changes, person_id,
                adopting_case_id, created_at) values (?, ?, 'COPIED', '2024-01-01', 'Ring.', ?, ?, utc_timestamp(6))""",
                third, municipality(101).value(), copenhagen.id(), first.value());
        CaseSpreading inACycle = adoptions.spreading(first).orElseThrow();
        assertThat(inACycle.onward()).extracting(CaseSpreading.LineageStep::id)
                .containsExactly(CaseId.of(second), CaseId.of(third));
        assertThat(inACycle.from()).extracting(CaseSpreading.LineageStep::id)
                .containsExactly(CaseId.of(second), CaseId.of(third));
    }

    private long ownerOf(long caseId) {
        return database.queryForObject("select owner_id from landscape_case where id = ?", Long.class, caseId);
    }

    @Test
    void theCasesPeopleHearOfAnAdoptionButNotWhoRecordedIt() throws InterruptedException {
        TestPerson owner = signedIn.signUp("Olga Ejer");
        CaseId id = published(owner, municipality(101));
        long adopter = signedIn.newPerson("Anders Aarhus", Role.EMPLOYEE);
        AdoptionId adoption = adoptions.adopt(id, adoption(municipality(751), false));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(database.queryForList("""
                        select person_id from notification_notice where subject_type = 'landscape.adoption'
                        and subject_id = ?""", Long.class, adoption.value())).containsExactly(owner.id()));
        assertThat(database.queryForObject("select count(*) from notification_notice where person_id = ?"
                + " and subject_type = 'landscape.adoption'", Long.class, adopter)).isZero();
        // The first mail told the owner that staff published the case.
        List<MimeMessage> mail = TestMailServer.awaitMailTo(mailServer, owner.email(), 2);
        assertThat(mail).anySatisfy(message -> assertThat(TestMailServer.subjectOf(message)).contains("genbrugt"));
    }

    @Test
    void aContactRequestReachesTheContactAndItsReplyTheRequesterWithoutAnAddress() throws Exception {
        TestPerson contact = signedIn.signUp("Karla Kontakt");
        CaseId id = published(contact, municipality(101));
        TestPerson requester = signedIn.signUp("Rasmus Rekvirent");
        signedIn.as(requester, Role.CITIZEN);
        refused(() -> contactRequests.request(id, " "), "message", "landscape.adoption.message.required");
        ContactRequestId request = contactRequests.request(id,
                "Vi vil gerne høre, hvordan I fik sms-påmindelserne i gang.");

        // The first mail told the contact, its owner, that staff published the case.
        List<MimeMessage> toContact = TestMailServer.awaitMailTo(mailServer, contact.email(), 2);
        assertThat(toContact).hasSize(2);
        String mail = GreenMailUtil.getWholeMessage(toContact.getLast());
        assertThat(mail).contains("Rasmus Rekvirent").doesNotContain(requester.email());

        signedIn.as(contact, Role.EMPLOYEE);
        assertThat(contactRequests.received()).singleElement().satisfies(line -> {
            assertThat(line.requester()).isEqualTo("Rasmus Rekvirent");
            assertThat(line.workplace()).as("a citizen writes as a private person").isNull();
            assertThat(line.toString()).doesNotContain(requester.email());
        });
        contactRequests.reply(request, "Ring gerne til vores projektleder.");
        signedIn.as(requester, Role.CITIZEN);
        refused(() -> contactRequests.reply(request, "Et svar til mig selv"), "request",
                "landscape.contact.unknown");
        List<MimeMessage> toRequester = TestMailServer.awaitMailTo(mailServer, requester.email(), 1);
        assertThat(toRequester).hasSize(1);
        assertThat(GreenMailUtil.getWholeMessage(toRequester.getFirst())).contains("Karla Kontakt")
                .doesNotContain(contact.email());

        signedIn.as(requester, Role.CITIZEN);
        assertThat(contactRequests.sent()).as("what the requester sent, with its answer").singleElement()
                .satisfies(sent -> {
                    assertThat(sent.id()).isEqualTo(request);
                    assertThat(sent.caseTitle()).isEqualTo(cases.screen(id).orElseThrow().title());
                    assertThat(sent.casePath()).isEqualTo(cases.screen(id).orElseThrow().path());
                    assertThat(sent.message()).isEqualTo("Vi vil gerne høre, hvordan I fik sms-påmindelserne i gang.");
                    assertThat(sent.reply()).isEqualTo("Ring gerne til vores projektleder.");
                    assertThat(sent.repliedAt()).isAfterOrEqualTo(sent.sentAt());
                });
        signedIn.as(contact, Role.EMPLOYEE);
        assertThat(contactRequests.sent()).as("the contact sent none").isEmpty();
        refused(() -> contactRequests.request(id, "Til mig selv"), "case", "landscape.contact.no-contact");
    }

    /**
     * A trial's finding: the reuse form neither offered the person's own workplace nor said before sending that it
     * had recorded reusing the case already. Its spreading names the workplace, and which reuse it recorded.
     */
    @Test
    void theReuseFormOffersTheOwnWorkplaceAndKnowsItsReuseAlreadyRecorded() {
        TestPerson owner = signedIn.signUp("Olga Ejer");
        CaseId id = published(owner, municipality(101));
        TestPerson employee = signedIn.signUpEmployee("Anders Aarhus");
        database.update("update person set workplace = ? where id = ?", "Aarhus Kommune", employee.id());
        signedIn.as(employee, Role.EMPLOYEE);
        CaseSpreading before = adoptions.spreading(id).orElseThrow();
        assertThat(before.ownWorkplace().id()).isEqualTo(municipality(751));
        assertThat(before.recordedBy(municipality(751))).isEmpty();

        AdoptionId recorded = adoptions.adopt(id, adoption(municipality(751), false));
        CaseSpreading after = adoptions.spreading(id).orElseThrow();
        assertThat(after.recordedBy(municipality(751))).map(CaseSpreading.Adopter::id).contains(recorded);
        assertThat(after.adopterPath(after.recordedBy(municipality(751)).orElseThrow()))
                .isEqualTo(after.path() + "#adoption-" + recorded.value());
        refused(() -> adoptions.adopt(id, adoption(municipality(751), false)), "workplace",
                "landscape.adoption.workplace.already");

        TestPerson copenhagener = signedIn.signUpEmployee("Karen København");
        database.update("update person set workplace = ? where id = ?", "Københavns Kommune", copenhagener.id());
        signedIn.as(copenhagener, Role.EMPLOYEE);
        assertThat(adoptions.spreading(id).orElseThrow().ownWorkplace()).as("not the case's own organisation")
                .isNull();
    }

    /** The trial's finding: a double click sent the request twice, and the copies used up the hourly limit. */
    @Test
    void theSameRequestSentAgainBeforeAnAnswerIsTheOneAlreadyMade() {
        TestPerson contact = signedIn.signUp("Karla Kontakt");
        CaseId id = published(contact, municipality(101));
        signedIn.newPerson("Dorte Dobbeltklik", Role.CITIZEN);
        ContactRequestId first = contactRequests.request(id, "Hvordan kom I i gang?");
        for (int again = 0; again < 5; again++) { // as often as the hourly limit lets a person send
            assertThat(contactRequests.request(id, "Hvordan kom I i gang?")).isEqualTo(first);
        }
        ContactRequestId other = contactRequests.request(id, "Og hvad kostede det?");
        assertThat(other).as("another question is another request, within the limit").isNotEqualTo(first);

        signedIn.as(contact, Role.EMPLOYEE);
        assertThat(contactRequests.received()).extracting(ContactRequestLine::requester)
                .containsExactly("Dorte Dobbeltklik", "Dorte Dobbeltklik");
    }

    /**
     * The trial's finding: a citizen could send a request naming any workplace. Nobody names it now: a public
     * employee writes on behalf of their own workplace, as their account states it, a citizen as a private person,
     * and the form says which before they write.
     */
    @Test
    void aContactRequestIsOnBehalfOfTheSendersOwnWorkplaceOrNone() {
        TestPerson contact = signedIn.signUp("Karla Kontakt");
        CaseId id = published(contact, municipality(101));
        TestPerson employee = signedIn.signUpEmployee("Ebbe Ansat");
        database.update("update person set workplace = ? where id = ?", "Jobcenter Aalborg", employee.id());
        TestPerson citizen = signedIn.signUp("Cille Borger");
        database.update("update person set workplace = ? where id = ?", "Aalborg Kommune", citizen.id());

        signedIn.as(employee, Role.EMPLOYEE);
        assertThat(adoptions.spreading(id).orElseThrow().requestOnBehalfOf()).isEqualTo("Jobcenter Aalborg");
        contactRequests.request(id, "Hvordan kom I i gang?");
        signedIn.as(citizen, Role.CITIZEN);
        assertThat(adoptions.spreading(id).orElseThrow().requestOnBehalfOf()).as("as a private person").isNull();
        contactRequests.request(id, "Kan jeg foreslå det til min kommune?");

        signedIn.as(contact, Role.EMPLOYEE);
        assertThat(contactRequests.received()).extracting(ContactRequestLine::requester, ContactRequestLine::workplace)
                .containsExactly(tuple("Cille Borger", null), tuple("Ebbe Ansat", "Jobcenter Aalborg"));
    }

    private static void refused(ThrowingCallable action, String field,
                                String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }

    @Test
    void adoptionsAndRequestsAreInTheExportAndErasureKeepsTheAdoption() {
        TestPerson contact = signedIn.signUp("Karla Kontakt");
        CaseId id = published(contact, municipality(101));
        signedIn.newPerson("Gitte Gdpr", Role.EMPLOYEE);
        AdoptionId adoption = adoptions.adopt(id, adoption(municipality(751), false));
        contactRequests.request(id, "Hvordan kom I i gang?");
        assertThat(new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8))
                .contains("\"landscapeSpreading\"", "\"adoptionsRecorded\"", "tilpasset", "\"contactRequestsSent\"",
                        "Hvordan kom I i gang?");

        personalData.eraseCurrentPerson();
        assertThat(database.queryForObject("select count(*) from landscape_adoption where id = ?", Long.class,
                adoption.value())).isOne();
        assertThat(database.queryForObject("select count(*) from landscape_contact_request where case_id = ?",
                Long.class, id.value())).isZero();
        signedIn.anonymous();
        assertThat(adoptions.spreading(id).orElseThrow().adopters()).hasSize(1);
    }

    @Test
    void mergesMoveAdoptionsToTheRemainingPersonAndTheOrganisationKept() {
        TestPerson owner = signedIn.signUp("Olga Ejer");
        CaseId id = published(owner, municipality(101));
        var merged = signedIn.signUp("Keycloak Kim");
        var remaining = signedIn.signUp("Lokal Kim");
        signedIn.as(merged, Role.EMPLOYEE);
        OrganisationId kept = organisations.addUnit(new NewUnit(unique("Ungeenheden"), municipality(751), null));
        OrganisationId duplicate = organisations.addUnit(new NewUnit(unique("Ungeenhed"), municipality(751), null));
        AdoptionId adoption = adoptions.adopt(id, adoption(duplicate, false));

        transaction.executeWithoutResult(status -> publisher.publishEvent(
                new PersonMerged(PersonId.of(merged.id()), PersonId.of(remaining.id()))));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.merge(duplicate, kept, "Samme enhed");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(database.queryForMap(
                "select person_id, organisation_id from landscape_adoption where id = ?", adoption.value()))
                .containsEntry("person_id", remaining.id()).containsEntry("organisation_id", kept.value()));

        stewardship.undoMerge(duplicate, "To enheder alligevel");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(database.queryForObject(
                "select organisation_id from landscape_adoption where id = ?", Long.class, adoption.value()))
                .as("an undone merge moves the adoption back").isEqualTo(duplicate.value()));
        assertThat(database.queryForObject(
                "select count(*) from landscape_adoption_organisation_move where adoption_id = ?", Long.class,
                adoption.value())).isZero();
    }
}
