package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CasePatrol;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the landscape's screens offer each person what the service lets them do. A citizen opening the
 * registration form, the review queue or a case's edit form is told who may and what to do instead (not "page not
 * found"), and is never offered to register; an employee is, staff also see how many cases wait for review.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class LandscapeViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CaseService cases;
    @Autowired
    CasePatrol patrol;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private boolean has(String id) {
        return !$(Anchor.class).withId(id).all().isEmpty();
    }

    private static Optional<Element> byId(Element root, String id) {
        return id.equals(root.getAttribute("id")) ? Optional.of(root)
                : root.getChildren().map(child -> byId(child, id)).flatMap(Optional::stream).findFirst();
    }

    private String refusal() {
        return $(Div.class).withId("case-refusal").single().getElement().getTextRecursively();
    }

    @Test
    void aCitizenIsToldWhoRegistersCasesInsteadOfADeadEnd() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);
        CaseCard published = cases.publishedCards().getFirst();

        navigate(CaseListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Innovationslandskabet");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(published.path());
        assertThat(has("cases-register")).as("no offer to register").isFalse();
        assertThat(has("cases-review")).isFalse();
        assertThat(has("cases-mine")).as("no list of own cases they cannot have").isFalse();
        assertThat($(Paragraph.class).withId("cases-employees-only").single().getText())
                .contains("registreres af offentligt ansatte");

        navigate(NewCaseView.class);
        assertThat($(CaseForm.class).all()).isEmpty();
        assertThat(refusal()).contains("Cases registreres af offentligt ansatte", "organisationskonto");
        assertThat($(Anchor.class).withId("case-refusal-back").single().getHref()).isEqualTo("landskab");

        navigate(CaseReviewView.class);
        assertThat(refusal()).contains("COI's medarbejdere, der gennemser cases");

        navigate(MyCasesView.class);
        assertThat(has("case-register")).isFalse();
        assertThat($(Paragraph.class).withId("my-requests-none").single().getText())
                .isEqualTo("Du har ikke skrevet til nogen kontaktperson om genbrug.");
        assertThat($(Paragraph.class).withId("my-cases-none").single().getText())
                .contains("Cases registreres af offentligt ansatte", "organisationskonto");

        navigate("landskab/" + published.id().value() + "/rediger", EditCaseView.class);
        assertThat($(CaseForm.class).all()).isEmpty();
        assertThat(refusal()).contains("Cases redigeres af de offentligt ansatte");
    }

    @Test
    void anEmployeeIsOfferedToRegisterAndStaffSeeTheReviewQueueWithItsCount() {
        signedIn.newPerson("Erna Ansat", Role.EMPLOYEE);
        navigate(CaseListView.class);
        assertThat(has("cases-register")).isTrue();
        assertThat(has("cases-review")).isFalse();
        assertThat($(Paragraph.class).withId("cases-employees-only").all()).isEmpty();
        Anchor skip = $(Anchor.class).withId("catalogue-skip").single();
        assertThat(skip.getHref()).as("a jump within the page, not to an address that may load it again")
                .isEqualTo("#catalogue-results");
        assertThat(skip.getElement().hasAttribute("router-ignore")).isFalse();
        assertThat($(Div.class).withId("catalogue-results").single().getElement().getAttribute("tabindex"))
                .isEqualTo("-1");
        navigate(MyCasesView.class);
        assertThat(has("case-register")).isTrue();
        navigate(NewCaseView.class);
        assertThat($(CaseForm.class).all()).hasSize(1);

        signedIn.newPerson("Steen Staff", Role.COI_STAFF);
        navigate(CaseListView.class);
        assertThat($(Anchor.class).withId("cases-review").single().getText())
                .isEqualTo("Til gennemsyn (" + (cases.reviewQueue().size() + patrol.uncheckedChanges().size()) + ")");
    }

    /**
     * As on the reading page (decision 010): the facets, and the link past them, are one disclosure, closed until
     * opened, that says how many values are chosen; it stays open while the person ticks one value after another.
     */
    @Test
    void theFacetsAreOneDisclosureThatSaysHowManyAreChosenAndStaysOpenBetweenTicks() {
        signedIn.newPerson("Fie Filter", Role.EMPLOYEE);
        navigate(CaseListView.class);
        NativeDetails filters = $(NativeDetails.class).withId("catalogue-filters").single();
        assertThat(filters.isOpen()).isFalse();
        assertThat(summaries(filters)).containsExactly("Vis filtre", "Skjul filtre");
        assertThat(filters.hasClassName("portal-catalogue-filters")).isTrue();
        assertThat(byId(filters.getElement(), "facet-sektor")).isPresent();
        assertThat(byId(filters.getElement(), "catalogue-skip")).isPresent();

        filters.setOpen(true);
        UI.getCurrent().navigate("landskab", QueryParameters.simple(Map.of("sektor", "employment")));
        NativeDetails after = $(NativeDetails.class).withId("catalogue-filters").single();
        assertThat(summaries(after)).containsExactly("Vis filtre (1 valgt)", "Skjul filtre (1 valgt)");
        assertThat(after.isOpen()).as("still open after a tick").isTrue();
    }

    /** What a disclosure's summary says closed and open (the stylesheet shows one). */
    private static List<String> summaries(NativeDetails details) {
        return details.getSummary().getChildren().map(words -> words.getElement().getText()).toList();
    }

    /** Its number alone leads a signed-in person to the case's own address too; its organisation is a link. */
    @Test
    void aCaseByItsNumberAloneIsShownAtItsOwnAddressWithItsOrganisationLinked() {
        signedIn.newPerson("Bodil Borger", Role.CITIZEN);
        CaseCard published = cases.publishedCards().getFirst();

        navigate("landskab/" + published.id().value(), CaseView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(published.path());
        Element organisation = byId($(Div.class).withClassName("portal-case").single().getElement(),
                "case-organisation").orElseThrow();
        assertThat(organisation.getAttribute("href"))
                .isEqualTo("/" + cases.screen(published.id()).orElseThrow().organisation().path());
    }

    /**
     * The trial's findings on the case form: its choices were not marked required as its text fields are, what a
     * save refused was said under the form's end (out of sight above the button on a phone), and leaving asked about
     * unsaved Markdown only.
     */
    @Test
    void theCaseFormMarksItsChoicesRequiredSaysARefusalAtItsTopAndGuardsEveryField() {
        signedIn.newPerson("Erna Ansat", Role.EMPLOYEE);
        navigate(NewCaseView.class);
        CaseForm form = $(CaseForm.class).single();
        assertThat($(Select.class).all()).hasSize(5).allMatch(Select::isRequiredIndicatorVisible);

        test($(Button.class).withId("case-save").single()).click();

        Paragraph status = $(Paragraph.class).withId("case-status").single();
        assertThat(status.getText()).isEqualTo("Casen er ikke gemt. Ret dette:");
        assertThat($(UnorderedList.class).withId("case-problems").single().getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList())
                .as("one item per problem, in the form's order, each led by its field's label")
                .startsWith("Titel: Skriv en titel.", "Resumé: Skriv et kort resumé.")
                .contains("Sektor: Vælg en sektor.");
        assertThat(status.getParent().orElseThrow().getChildren().toList())
                .as("the status above the form").satisfies(children ->
                        assertThat(children.indexOf(status)).isLessThan(children.indexOf(form)));
        assertThat($(TextField.class).withId("case-title").single().isInvalid()).isTrue();
        assertThat($(Select.class).withId("case-sector").single().isInvalid()).isTrue();

        test($(TextField.class).withId("case-title").single()).setValue("Kun en titel");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat($(ConfirmDialog.class).withId("leave-unsaved").all()).hasSize(1);
        assertThat($(CaseForm.class).all()).as("still on the form").hasSize(1);
    }
}
