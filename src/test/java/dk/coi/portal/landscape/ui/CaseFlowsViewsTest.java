package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.AdoptionId;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: a fresh-eyes trial's findings on the case forms and flows, as the person sees them. A new case and a
 * reuse start at the person's own workplace; a reuse already recorded by it is said when the form opens, with a link
 * to it; a case is not submitted without its contact's role (the draft is kept); sent requests are listed beside the
 * person's own cases; staff confirm publishing; and a case made from an idea already is where the idea's action leads.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class CaseFlowsViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;
    @Autowired
    Adoptions adoptions;
    @Autowired
    ContactRequests requests;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate database;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code).findFirst()
                .orElseThrow().id();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code owner}'s case at Copenhagen, sent to review (as they are signed in afterwards). */
    private CaseId submitted(TestPerson owner, String title, String summary) {
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft(unique(title), summary, municipality(101)));
        cases.submit(id);
        return id;
    }

    private CaseId published(TestPerson owner, OrganisationId organisation) {
        signedIn.as(owner, Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(unique("Flowcase"), "En case, der kan genbruges.", organisation);
        CaseId id = cases.register(TestCaseDrafts.withContact(plain, PersonId.of(owner.id()), "Projektleder"));
        cases.submit(id);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        return id;
    }

    private String text(String paragraphId) {
        return $(Paragraph.class).withId(paragraphId).single().getElement().getTextRecursively();
    }

    /**
     * Before (a trial): the year started was required but not marked, its browser check said nothing, and the four
     * qualification questions looked optional. Each is marked required; the year says what is wrong in the server's
     * words; the questions say they are needed to submit, not to save a draft.
     */
    @Test
    void theFormMarksTheYearAndTheFourQuestionsRequired() {
        signedIn.as(signedIn.signUpEmployee("Vera Ansat", "Jobcenter Aarhus"), Role.EMPLOYEE);
        navigate(NewCaseView.class);
        IntegerField year = $(IntegerField.class).withId("case-year").single();
        assertThat(year.isRequiredIndicatorVisible()).isTrue();
        assertThat(year.getMin()).isEqualTo(CaseDraft.FIRST_YEAR_STARTED);
        assertThat(year.getMax()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear());
        assertThat(year.getI18n().getRequiredErrorMessage()).isEqualTo("Skriv startåret.");
        assertThat(year.getI18n().getMinErrorMessage()).isEqualTo("Startåret må tidligst være 1950.");
        assertThat(year.getI18n().getMaxErrorMessage()).isEqualTo("Startåret kan ikke ligge i fremtiden.");
        assertThat(year.getI18n().getBadInputErrorMessage()).isEqualTo("Skriv året med fire cifre, fx 2021.");
        for (String section : new String[] {"effect", "process", "conditions", "documentation"}) {
            assertThat($(TextArea.class).withId("case-" + section + "-source").single().isRequiredIndicatorVisible())
                    .as(section).isTrue();
        }
        assertThat(text("case-qualification-required")).contains("før casen sendes til gennemsyn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewCaseStartsAtTheOwnWorkplaceAndIsNotSubmittedWithoutItsContactPersonAndRole() {
        signedIn.as(signedIn.signUpEmployee("Vera Ansat", "Jobcenter Aarhus"), Role.EMPLOYEE);
        navigate(NewCaseView.class);
        ComboBox<OrganisationSummary> organisation = $(ComboBox.class).withId("case-organisation").single();
        assertThat(organisation.getValue().id()).isEqualTo(municipality(751));
        assertThat($(Checkbox.class).withId("case-contact-me").single().getValue())
                .as("the person registering is its contact, unless they untick it").isTrue();
        UI.getCurrent().navigate(CaseListView.class);
        assertThat($(ConfirmDialog.class).all()).as("a preselected organisation is nothing to lose").isEmpty();

        CaseDraft plain = TestCaseDrafts.draft(unique("Uden rolle"), "En kladde uden kontakt.", municipality(751));
        CaseId id = cases.register(TestCaseDrafts.withContact(plain, null, null));
        navigate(CaseRoutes.edit(id), EditCaseView.class);
        test($(TextArea.class).withId("case-summary").single()).setValue("En kladde, stadig uden kontakt.");
        Button submit = $(Button.class).withId("case-submit").single();
        test(submit).click();
        TextField role = $(TextField.class).withId("case-contact-role").single();
        Checkbox contactMe = $(Checkbox.class).withId("case-contact-me").single();
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).startsWith("Skriv kontaktpersonens rolle");
        assertThat(contactMe.isInvalid()).isTrue();
        assertThat(contactMe.getErrorMessage()).startsWith("Angiv en kontaktperson");
        assertThat(text("case-status")).isEqualTo("Kladden er gemt. Ret dette, før den kan sendes til gennemsyn:");
        assertThat(problems()).as("in the form's order, each led by its field's label").containsExactly(
                "Jeg er kontaktperson: " + contactMe.getErrorMessage(),
                "Kontaktpersonens rolle: " + role.getErrorMessage());
        assertThat(cases.editing(id).orElseThrow().draft().summary()).as("the draft is saved all the same")
                .isEqualTo("En kladde, stadig uden kontakt.");

        test(role).setValue("Projektleder");
        test(contactMe).click();
        test(submit).click();
        assertThat(text("case-status")).isEqualTo("Casen er sendt til gennemsyn hos COI.");
        assertThat(cases.editing(id).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    /**
     * Before (review): a refusal of the case as a whole (here: submitted meanwhile, so the form's version is old) said
     * "correct this:" over a list with nothing in the form to correct. It is said on its own.
     */
    @Test
    void aCaseSubmittedMeanwhileSaysSoWithNothingToCorrect() {
        signedIn.as(signedIn.signUpEmployee("Vera Ansat", "Jobcenter Aarhus"), Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft(unique("Sendt imens"), "En hel kladde.", municipality(751)));
        navigate(CaseRoutes.edit(id), EditCaseView.class);
        cases.submit(id);

        test($(Button.class).withId("case-submit").single()).click();

        assertThat(text("case-status")).isEqualTo("Casen er blevet ændret, siden du åbnede den. Genindlæs siden for "
                + "at se den nye udgave, og ret den derefter.");
        assertThat($(UnorderedList.class).withId("case-problems").all()).as("no list shown").isEmpty();
    }

    /**
     * Before (review): two results refused alike were one problem that led to the first only, and did not say which
     * field. Each is a problem of its own, led by its result and field, linking to that field; the status that takes
     * the focus is described by the list, so that a screen reader says the problems after "Ret dette:".
     */
    @Test
    void twoResultsWithoutAUnitAreTwoProblemsEachNamingItsResult() {
        signedIn.as(signedIn.signUpEmployee("Vera Ansat", "Jobcenter Aarhus"), Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft(unique("To enheder"), "Uden enheder.", municipality(751)));
        navigate(CaseRoutes.edit(id), EditCaseView.class);
        for (int i = 0; i < 2; i++) {
            test($(Button.class).withId("case-add-result").single()).click();
            test($(TextField.class).withId("case-result-" + i + "-metric").single()).setValue("Fremmøde " + i);
            test($(TextField.class).withId("case-result-" + i + "-baseline").single()).setValue("81");
        }

        test($(Button.class).withId("case-save").single()).click();

        assertThat(problems()).containsExactly("Resultat 1, Enhed: Skriv enheden for udgangspunkt, mål og resultat.",
                "Resultat 2, Enhed: Skriv enheden for udgangspunkt, mål og resultat.");
        assertThat($(UnorderedList.class).withId("case-problems").single().getChildren()
                .map(item -> item.getElement().getChild(0).getAttribute("href")).toList())
                .containsExactly("#case-result-0-unit", "#case-result-1-unit");
        assertThat($(Paragraph.class).withId("case-status").single().getElement().getAttribute("aria-describedby"))
                .isEqualTo("case-problems");
    }

    /** The texts of the form's list of problems, in its order. */
    private List<String> problems() {
        return $(UnorderedList.class).withId("case-problems").single().getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    /**
     * Before (a trial): a refused submission said its problems as one paragraph in no order, each repeating why, and
     * an empty result line was dropped unsaid. Now a draft that can be saved is saved and the form says so, the
     * problems are listed in the form's order, each linking to its field, and an empty result is refused.
     */
    @Test
    void aRefusedSubmissionSaysWhetherTheDraftWasSavedAndListsWhatIsMissingInFormOrder() {
        signedIn.as(signedIn.signUpEmployee("Vera Ansat", "Jobcenter Aarhus"), Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(unique("Uden afsnit"), "En kladde uden afsnit.", municipality(751));
        CaseId id = cases.register(TestCaseDrafts.withQualification(plain, "", "", "", ""));
        navigate(CaseRoutes.edit(id), EditCaseView.class);
        assertThat($(Paragraph.class).withId("case-required-legend").single().getText())
                .isEqualTo("Felter mærket • skal udfyldes.");
        test($(Button.class).withId("case-add-result").single()).click();
        test($(TextArea.class).withId("case-summary").single()).setValue("Rettet resumé.");
        test($(Button.class).withId("case-submit").single()).click();
        assertThat(text("case-status")).isEqualTo("Casen er hverken gemt eller sendt til gennemsyn. Ret dette:");
        assertThat(problems()).containsExactly(
                "Resultat 1, Måling: Resultatet er tomt. Skriv, hvad der er målt, eller fjern resultatet.");
        assertThat(cases.editing(id).orElseThrow().draft().summary()).isEqualTo("En kladde uden afsnit.");

        test($(Button.class).withId("case-result-0-remove").single()).click();
        test($(Button.class).withId("case-submit").single()).click();
        assertThat(text("case-status")).isEqualTo("Kladden er gemt. Ret dette, før den kan sendes til gennemsyn:");
        assertThat(problems()).containsExactly("Virkning: Skriv afsnittet Virkning.", "Proces: Skriv afsnittet Proces.",
                "Betingelser: Skriv afsnittet Betingelser.", "Dokumentation: Skriv afsnittet Dokumentation.");
        assertThat($(UnorderedList.class).withId("case-problems").single().getElement().getChild(0).getChild(0)
                .getAttribute("href")).isEqualTo("#case-effect-source");
        assertThat(cases.editing(id).orElseThrow().draft().summary()).isEqualTo("Rettet resumé.");
        assertThat(cases.editing(id).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void theReuseFormSaysWhenTheOwnWorkplaceRecordedItAlreadyWithALinkToIt() {
        CaseId id = published(signedIn.signUp("Karen København"), municipality(101));
        TestPerson aarhus = signedIn.signUpEmployee("Anders Aarhus", "Aarhus Kommune");
        signedIn.as(aarhus, Role.EMPLOYEE);
        navigate("landskab/" + id.value() + "/genbrug", AdoptCaseView.class);
        assertThat($(ComboBox.class).withId("adoption-workplace").single().getValue())
                .isEqualTo(organisations.find(municipality(751)).orElseThrow());
        assertThat(text("adoption-recorded-already")).as("nothing recorded yet").isEmpty();
        assertThat($(TextArea.class).withId("adoption-changes-source").single().isRequiredIndicatorVisible())
                .as("what changed, and why, is required (a trial found it unmarked)").isTrue();
        assertThat(text("adoption-required-legend")).isEqualTo("Felter mærket • skal udfyldes.");

        AdoptionId recorded = adoptions.adopt(id, new AdoptionDraft(municipality(751), AdoptionKind.COPIED,
                YearMonth.of(2024, 1), "Kopieret.", null, false));
        navigate("landskab/" + id.value() + "/genbrug", AdoptCaseView.class);
        Paragraph already = $(Paragraph.class).withId("adoption-recorded-already").single();
        assertThat(already.getElement().getAttribute("aria-live")).as("said when it changes").isEqualTo("polite");
        assertThat(already.getElement().getTextRecursively())
                .contains("Allerede registreret for Aarhus Kommune: arbejdspladsen har genbrugt casen");
        assertThat($(Anchor.class).withId("adoption-recorded-already-link").single().getHref())
                .isEqualTo("/" + cases.screen(id).orElseThrow().path() + "#adoption-" + recorded.value());

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationSummary> workplace = $(ComboBox.class).withId("adoption-workplace").single();
        workplace.setValue(organisations.find(municipality(461)).orElseThrow());
        assertThat(already.getElement().getTextRecursively()).as("another workplace may record its reuse").isEmpty();
    }

    @Test
    void thePersonsSentRequestsAreListedBesideTheirOwnCasesWithTheirAnswers() {
        TestPerson contact = signedIn.signUp("Karla Kontakt");
        CaseId id = published(contact, municipality(101));
        String title = cases.screen(id).orElseThrow().title();
        TestPerson citizen = signedIn.signUp("Rasmus Rekvirent");
        signedIn.as(citizen, Role.CITIZEN);
        navigate(CaseListView.class);
        assertThat($(Anchor.class).withId("cases-my-requests").single().getHref())
                .as("a citizen has no cases but may have sent requests")
                .isEqualTo(CaseRoutes.MINE + "#" + SentRequestsSection.ID);
        navigate(MyCasesView.class);
        assertThat(text("my-requests-none")).isEqualTo("Du har ikke skrevet til nogen kontaktperson om genbrug.");
        assertThat($(com.vaadin.flow.component.html.H2.class).withId("my-cases-heading").single().getText())
                .isEqualTo("Mine cases");
        assertThat(text("my-cases-none")).as("who registers cases, briefly, after the requests")
                .startsWith("Cases registreres af offentligt ansatte");
        assertThat($(Anchor.class).withId("case-register").all()).isEmpty();

        navigate("landskab/" + id.value() + "/kontakt", ContactRequestView.class);
        test($(TextArea.class).withId("contact-message").single()).setValue("Hvordan kom I i gang?");
        test($(Button.class).withId("contact-send").single()).click();
        assertThat($(Anchor.class).withId("contact-sent-mine").single().getHref())
                .isEqualTo("/" + CaseRoutes.MINE + "#" + SentRequestsSection.ID);
        navigate(MyCasesView.class);
        String listed = $(com.vaadin.flow.component.html.UnorderedList.class).withId("my-requests-list").single()
                .getElement().getTextRecursively();
        assertThat(listed).contains(title, "Hvordan kom I i gang?", "Ikke besvaret endnu");

        signedIn.as(contact, Role.EMPLOYEE);
        navigate("landskab/" + id.value() + "/kontakt", ContactRequestView.class);
        assertThat(text("case-refusal")).as("the contact is not told the case has no contact to write to")
                .isEqualTo("Du er selv casens kontaktperson: henvendelser om genbrug kommer til dig. "
                        + "Se henvendelserne til dig");
        assertThat($(Anchor.class).withId("contact-you-requests").single().getHref())
                .isEqualTo("/" + AdoptionRoutes.REQUESTS);
        requests.reply(requests.received().getFirst().id(), "Ring til os.");
        signedIn.as(citizen, Role.CITIZEN);
        navigate(MyCasesView.class);
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withId("my-requests-list").single()
                .getElement().getTextRecursively()).contains("Kontaktpersonen svarede", "Ring til os.");
    }

    @Test
    void staffConfirmPublishingSayingWhatFollows() {
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        CaseId id = submitted(owner, "Bekræftes", "Venter på gennemsyn.");
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        navigate(CaseReviewView.class);
        test($(Button.class).withId("case-publish-" + id.value()).single()).click();
        ConfirmDialog ask = $(ConfirmDialog.class).withId(PublishConfirmation.ID).single();
        assertThat(ask.getElement().getProperty("header")).contains(cases.screen(id).orElseThrow().title());
        assertThat(ask.getElement().getProperty("message")).contains("offentlig for alle", "søgning",
                "redaktører får besked");
        test(ask).confirm();
        assertThat(cases.screen(id).orElseThrow().status()).as("waiting publishes nothing")
                .isEqualTo(CaseStatus.SUBMITTED);

        test($(Button.class).withId("case-publish-" + id.value()).single()).click();
        test($(ConfirmDialog.class).withId(PublishConfirmation.ID).single()).reject();
        assertThat(cases.screen(id).orElseThrow().status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThat(text("case-review-status")).contains("offentliggjort");
    }

    /** Before: staff learnt a case lacked its contact only when publishing it was refused, after confirming. */
    @Test
    void staffSeeACaseWithoutAContactInTheQueueAndOnItsPageWithNoPublishingOffered() {
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        CaseId id = submitted(owner, "Uden kontakt", "Sendt før reglen.");
        // Submitted before the rule (or its contact erased since): no contact person any more.
        database.update("update landscape_case set contact_person_id = null where id = ?", id.value());
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        navigate(CaseReviewView.class);
        assertThat($(Button.class).withId("case-publish-" + id.value()).all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("case-missing-contact-" + id.value()).single()
                .getText()).isEqualTo("Mangler kontaktperson – send den tilbage");
        Button sendBack = $(Button.class).withId("case-send-back-" + id.value()).single();
        // WCAG 2.5.3 (axe in the trial): the accessible name starts with the visible text.
        assertThat(sendBack.getElement().getAttribute("aria-label"))
                .isEqualTo("Send tilbage: " + cases.screen(id).orElseThrow().title());

        navigate(cases.screen(id).orElseThrow().path(), CaseView.class);
        assertThat($(Button.class).withId("case-publish").all()).isEmpty();
        assertThat(text("case-missing-contact")).startsWith("Casen kan ikke offentliggøres");
    }

    /**
     * Before (review): a submitted case lacking a section was offered for publishing, refused only after confirming.
     * It is shown as lacking sections, only sending back offered; a published one lacking one is listed for staff.
     */
    @Test
    void staffSeeACaseLackingASectionWithNoPublishingOfferedAndPublishedOnesListed() {
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        CaseId id = submitted(owner, "Uden afsnit", "Sendt før reglen.");
        CaseId old = published(owner, municipality(101));
        database.update("update landscape_case set effect = null where id in (?, ?)", id.value(), old.value());
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        navigate(CaseReviewView.class);
        assertThat($(Button.class).withId("case-publish-" + id.value()).all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Span.class).withId("case-missing-qualification-" + id.value())
                .single().getText()).isEqualTo("Mangler afsnit – send den tilbage");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withId("case-incomplete-list").single()
                .getElement().getTextRecursively()).contains(cases.screen(old).orElseThrow().title(), "mangler afsnit");

        navigate(cases.screen(id).orElseThrow().path(), CaseView.class);
        assertThat($(Button.class).withId("case-publish").all()).isEmpty();
        assertThat(text("case-missing-qualification")).startsWith("Casen kan ikke offentliggøres");
    }

    /**
     * Before (review): a colleague named contact could neither show their name nor step down. Their requests page,
     * where the notice leads, offers both.
     */
    @Test
    void theNamedContactShowsTheirNameAndStepsDownOnTheirRequestsPage() {
        TestPerson contact = signedIn.signUpEmployee("Kira Kontaktside", "Københavns Kommune");
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.withContact(TestCaseDrafts.draft(unique("Kontaktside"),
                "Med en kollega som kontakt.", municipality(101)), PersonId.of(contact.id()), "Projektleder"));
        signedIn.as(contact, Role.EMPLOYEE);
        navigate(ContactRequestsView.class);
        Checkbox shown = $(Checkbox.class).withId("contact-of-" + id.value() + "-shown").single();
        assertThat(shown.getValue()).isFalse();
        test(shown).click();
        assertThat(cases.contactOf()).singleElement().satisfies(kase -> assertThat(kase.namePublic()).isTrue());

        test($(Button.class).withId("contact-of-" + id.value() + "-withdraw").single()).click();
        assertThat(cases.contactOf()).isEmpty();
        assertThat($(Button.class).withId("contact-of-" + id.value() + "-withdraw").all()).isEmpty();
    }

    @Test
    void anIdeasActionLeadsToTheCaseMadeOfItAlreadyAndSaysSo() {
        signedIn.newPerson("Sune Staff", Role.COI_STAFF);
        CaseId made = cases.register(TestCaseDrafts.draft(unique("Fra en idé"), "Lavet af en idé.",
                municipality(101)));
        long idea = 900_000_000L + (System.nanoTime() % 1_000_000L);
        database.update("""
                insert into landscape_carried_on_idea (idea_id, storm_id, idea_title, carried_on_at, case_id)
                values (?, 1, 'En idé', ?, ?)""", idea, java.sql.Timestamp.from(Instant.now()), made.value());
        navigate("landskab/fra-ide/" + idea, EditCaseView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(CaseRoutes.edit(made));
        assertThat(text("case-status")).isEqualTo("Der er allerede lavet en case af idéen. Her er den.");
    }
}
