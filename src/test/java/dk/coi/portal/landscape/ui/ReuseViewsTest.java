package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.ui.MarkdownEditor;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import java.time.Month;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: the trial's findings on the forms to reuse a case. "Vi har genbrugt den" offers no workplace that may
 * not reuse the case (its own organisation), marks its month required, names the own case draft "<title> i
 * <workplace>" in a field the person may change, says a title the workplace already has at that field, and confirms a
 * saved reuse in place of the form; "Jeg vil gerne genbruge den" says on whose behalf the person writes, and asks no
 * workplace.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class ReuseViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;
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

    private CaseId published(TestPerson owner, OrganisationId organisation, String title) {
        signedIn.as(owner, Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft(title, "En case, der kan genbruges.", organisation);
        CaseId id = cases.register(new CaseDraft(plain.title(), plain.summary(), plain.organisation(),
                plain.partners(), plain.sector(), plain.yearStarted(), plain.stage(), plain.innovationType(),
                plain.targetGroup(), plain.novelty(), plain.links(), plain.tags(), plain.effect(), plain.process(),
                plain.conditions(), plain.documentation(), plain.evidenceLevel(), plain.results(),
                PersonId.of(owner.id()), "Projektleder", false));
        cases.submit(id);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<OrganisationSummary> offered(ComboBox<OrganisationSummary> workplace, String typed) {
        return ((DataProvider<OrganisationSummary, String>) workplace.getDataProvider())
                .fetch(new Query<>(0, 50, null, null, typed)).toList();
    }

    @Test
    void theAdoptFormOffersOnlyOtherWorkplacesNamesTheOwnCaseAndConfirmsTheSave() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        TestPerson copenhagen = signedIn.signUp("Karen København");
        String title = "Sms-påmindelser " + run;
        CaseId original = published(copenhagen, municipality(101), title);
        TestPerson aarhus = signedIn.signUpEmployee("Anders Aarhus");
        published(aarhus, municipality(751), "Taget titel " + run);
        signedIn.as(aarhus, Role.EMPLOYEE);

        navigate("landskab/" + original.value() + "/genbrug", AdoptCaseView.class);
        ComboBox<OrganisationSummary> workplace = $(ComboBox.class).withId("adoption-workplace").single();
        assertThat(offered(workplace, "Københavns Kommune")).extracting(OrganisationSummary::id)
                .doesNotContain(municipality(101));
        assertThat(offered(workplace, "Aarhus Kommune")).extracting(OrganisationSummary::id)
                .contains(municipality(751));
        Select<Month> month = $(Select.class).withId("adoption-month").single();
        assertThat(month.isRequiredIndicatorVisible()).isTrue();

        assertThat($(TextField.class).withId("adoption-own-case-title").all()).as("only with an own case").isEmpty();
        test($(Checkbox.class).withId("adoption-own-case").single()).click();
        TextField ownTitle = $(TextField.class).withId("adoption-own-case-title").single();
        assertThat(ownTitle.isRequiredIndicatorVisible()).as("left empty, it takes the title offered").isFalse();
        assertThat(ownTitle.getHelperText()).as("the rule is the organisation's, not the original's title")
                .contains("arbejdspladsens organisation", "tomt", "foreslåede titel")
                .doesNotContain("oprindelige");
        workplace.setValue(offered(workplace, "Aarhus Kommune").stream()
                .filter(found -> found.id().equals(municipality(751))).findFirst().orElseThrow());
        assertThat(ownTitle.getValue()).isEqualTo(title + " i Aarhus Kommune");
        RadioButtonGroup<AdoptionKind> kind = $(RadioButtonGroup.class).withId("adoption-kind").single();
        kind.setValue(AdoptionKind.ADAPTED);
        month.setValue(Month.JANUARY);
        $(IntegerField.class).withId("adoption-year").single().setValue(2024);
        $(MarkdownEditor.class).single().setValue("Vi sender kun sms.");

        ownTitle.setValue("Taget titel " + run);
        Button save = $(Button.class).withId("adoption-save").single();
        test(save).click();
        assertThat(ownTitle.isInvalid()).isTrue();
        assertThat(ownTitle.getErrorMessage()).isEqualTo("Organisationen har allerede en case med den titel.");
        assertThat(database.queryForObject("select count(*) from landscape_adoption where case_id = ?", Long.class,
                original.value())).isZero();

        ownTitle.setValue("Sms-påmindelser i Aarhus " + run);
        test(save).click();
        assertThat($(Paragraph.class).withId("adoption-status").single().getElement().getTextRecursively())
                .contains("Jeres genbrug er registreret", "Jeres egen case er gemt som kladde");
        assertThat($(Anchor.class).withId("adoption-saved-back").single().getHref()).startsWith(
                "/landskab/" + original.value() + "-");
        assertThat(save.getParent().orElseThrow().isVisible()).as("the form, done, gives way").isFalse();
        assertThat(database.queryForObject("""
                select c.title from landscape_adoption a join landscape_case c on c.id = a.adopting_case_id
                where a.case_id = ?""", String.class, original.value())).isEqualTo("Sms-påmindelser i Aarhus " + run);
    }

    @Test
    void theContactFormSaysOnWhoseBehalfThePersonWritesAndAsksNoWorkplace() {
        TestPerson copenhagen = signedIn.signUp("Karen København");
        CaseId id = published(copenhagen, municipality(101), "Kontaktcase " + UUID.randomUUID());
        TestPerson employee = signedIn.signUpEmployee("Ebbe Ansat");
        database.update("update person set workplace = ? where id = ?", "Jobcenter Aalborg", employee.id());

        signedIn.as(employee, Role.EMPLOYEE);
        navigate("landskab/" + id.value() + "/kontakt", ContactRequestView.class);
        assertThat($(Paragraph.class).withId("contact-on-behalf-of").single().getText())
                .isEqualTo("Du skriver på vegne af din arbejdsplads, Jobcenter Aalborg.");
        assertThat($(TextField.class).withId("contact-workplace").all()).isEmpty();

        signedIn.newPerson("Cille Borger", Role.CITIZEN);
        navigate("landskab/" + id.value() + "/kontakt", ContactRequestView.class);
        assertThat($(Paragraph.class).withId("contact-on-behalf-of").single().getText())
                .isEqualTo("Du skriver som privatperson.");
    }
}
