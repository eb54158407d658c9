package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseEditors;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseScreen;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonedDecisions;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's page for signed-in people (anonymous readers get the server-rendered page at the same address, {@code
 * web.CasePages}, with the same ids): every field readably, the results as baseline → target → result, the evidence
 * level explained, when it was last confirmed up to date; and what the person may do: edit, submit, confirm up to
 * date, read the history, and (staff, while it waits for review) publish or send back with a comment.
 */
@Route(CaseRoutes.LIST + "/:case(" + CaseRoutes.SEGMENT + ")")
@AnonymousAllowed
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final CaseCatalogue catalogue;
    private final CaseEditors editors;
    private final Adoptions adoptions;
    private final FormStatus status = new FormStatus("case-action-status");
    private String title = "";

    CaseView(CaseService cases, CaseCatalogue catalogue, CaseEditors editors, Adoptions adoptions) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.editors = editors;
        this.adoptions = adoptions;
        addClassName("portal-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String segment = event.getRouteParameters().get("case").orElse("");
        Optional<CaseScreen> screen = CaseRoutes.idOf(segment).flatMap(cases::screen);
        if (screen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // Its number alone or other words lead to its own address, as the reading page's redirect does.
        if (!screen.get().path().equals(CaseRoutes.LIST + "/" + segment)) {
            event.forwardTo(Navigation.routerPath(screen.get().path()));
            return;
        }
        show(screen.get());
    }

    private void show(CaseScreen kase) {
        removeAll();
        title = kase.title();
        H1 heading = new H1(kase.title());
        heading.setId("case-title");
        Paragraph summary = new Paragraph(kase.summary());
        summary.setId("case-summary");
        summary.addClassName("portal-case-summary");
        add(heading);
        if (kase.status() != CaseStatus.PUBLISHED) {
            Paragraph state = new Paragraph(getTranslation("landscape.form.state",
                    getTranslation(kase.status().labelKey())));
            state.setId("case-state");
            add(state);
        }
        add(summary);
        if (kase.origin() != null) {
            add(CaseOriginLine.of(kase.origin()));
        }
        add(actions(kase), facts(kase));
        section(kase.effect(), "effect");
        section(kase.process(), "process");
        section(kase.conditions(), "conditions");
        section(kase.documentation(), "documentation");
        Section evidence = new Section(new H2(getTranslation("landscape.field.evidence")));
        evidence.setId("case-evidence");
        Paragraph level = new Paragraph(new Span(getTranslation(kase.evidenceLevel().labelKey())));
        level.addClassName("portal-case-evidence-level");
        evidence.add(level, new Paragraph(getTranslation(kase.evidenceLevel().explanationKey())));
        add(evidence, results(kase.results()));
        if (kase.contact() != null) {
            Section contact = new Section(new H2(getTranslation("landscape.field.contact")));
            contact.setId("case-contact");
            contact.add(new Paragraph(kase.contact().name() == null ? kase.contact().role()
                    : kase.contact().name() + (kase.contact().role() == null ? "" : ", " + kase.contact().role())));
            add(contact);
        }
        if (!kase.links().isEmpty()) {
            Section links = new Section(new H2(getTranslation("landscape.field.links")));
            links.setId("case-links");
            UnorderedList list = new UnorderedList();
            kase.links().forEach(link -> {
                Anchor anchor = new Anchor(link, link, AnchorTarget.DEFAULT);
                anchor.getElement().setAttribute("rel", "ugc nofollow noopener");
                list.add(new ListItem(anchor));
            });
            links.add(list);
            add(links);
        }
        adoptions.spreading(kase.id()).map(CaseSpreadingSection::new).ifPresent(this::add);
        if (kase.confirmedAt() != null) {
            Paragraph confirmed = new Paragraph(getTranslation("landscape.case.confirmed",
                    DateFormats.longDate(DateFormats.danishDate(kase.confirmedAt()), getLocale())));
            confirmed.setId("case-confirmed");
            add(confirmed);
        }
        CaseEditorsSection.of(editors, kase.id()).ifPresent(this::add);
        List<CaseCard> related = catalogue.related(kase.id(), CaseCatalogue.RELATED);
        if (!related.isEmpty()) {
            add(new RelatedCases(related));
        }
    }

    private Component actions(CaseScreen kase) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("case-actions");
        actions.setWrap(true);
        if (kase.actions().edit()) {
            Anchor edit = new Anchor("/" + kase.editPath(), getTranslation("landscape.case.edit"));
            edit.setId("case-edit");
            actions.add(edit);
        }
        if (kase.actions().history()) {
            Anchor history = new Anchor("/" + kase.historyPath(), getTranslation("landscape.case.history"));
            history.setId("case-history");
            actions.add(history);
        }
        if (kase.actions().submit()) {
            Button submit = new Button(getTranslation("landscape.form.submit"), click -> status.attempt(
                    () -> cases.submit(kase.id()), () -> refresh(kase), "landscape.form.submitted"));
            submit.setId("case-submit");
            actions.add(submit);
        }
        if (kase.actions().confirm()) {
            Button confirm = new Button(getTranslation("landscape.case.confirm"), click -> status.attempt(
                    () -> cases.confirmUpToDate(kase.id()), () -> refresh(kase), "landscape.case.confirmed-now"));
            confirm.setId("case-confirm");
            actions.add(confirm);
        }
        if (kase.actions().review()) {
            actions.add(kase.hasContact() && kase.qualified() ? publish(kase) : missing(kase));
            actions.add(sendBack(kase));
        }
        actions.setVisible(actions.getComponentCount() > 0);
        return new Div(actions, status);
    }

    private Button publish(CaseScreen kase) {
        Button publish = new Button(getTranslation("landscape.review.publish"), click -> PublishConfirmation.ask(
                this, kase.title(), () -> status.attempt(() -> cases.publish(kase.id(), kase.version()),
                        () -> refresh(kase), "landscape.review.published")));
        publish.setId("case-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        return publish;
    }

    /** Instead of publishing, which the service refuses: staff send a case without a contact or a section back. */
    private Paragraph missing(CaseScreen kase) {
        Paragraph missing = new Paragraph(getTranslation(kase.hasContact()
                ? "landscape.review.missing-qualification-publish" : "landscape.review.missing-contact-publish"));
        missing.setId(kase.hasContact() ? "case-missing-qualification" : "case-missing-contact");
        return missing;
    }

    private ReasonedDecisions sendBack(CaseScreen kase) {
        ReasonedDecisions decisions = new ReasonedDecisions("case-send-back-status");
        decisions.offer("case-send-back", getTranslation("landscape.review.send-back"))
                .reason("case-send-back-comment", "landscape.review.comment", "landscape.review.comment-help", true)
                .decidedBy("case-send-back-confirm", getTranslation("landscape.review.send-back"),
                        ButtonVariant.PRIMARY, comment -> {
                            cases.sendBack(kase.id(), kase.version(), comment);
                            refresh(kase);
                            status.done(getTranslation("landscape.review.sent-back"));
                        });
        return decisions;
    }

    private void refresh(CaseScreen kase) {
        cases.screen(kase.id()).ifPresentOrElse(this::show, () -> removeAll());
    }

    private Component facts(CaseScreen kase) {
        Element list = new Element("dl");
        list.setAttribute("id", "case-facts");
        list.getClassList().add("portal-case-facts");
        if (kase.organisation() != null) {
            Element organisation = new Element("a").setText(kase.organisation().name());
            organisation.setAttribute("href", "/" + kase.organisation().path());
            organisation.setAttribute("id", "case-organisation");
            list.appendChild(new Element("dt").setText(getTranslation("landscape.field.organisation")),
                    new Element("dd").appendChild(organisation));
            fact(list, "landscape.field.level", getTranslation(kase.organisation().type().levelKey()));
        }
        if (kase.municipality() != null) {
            fact(list, "landscape.field.municipality", kase.municipality().name());
        }
        fact(list, "landscape.field.partners", kase.partners());
        fact(list, "landscape.field.sector", getTranslation(kase.sector().labelKey()));
        fact(list, "landscape.field.year", String.valueOf(kase.yearStarted()));
        fact(list, "landscape.field.stage", getTranslation(kase.stage().labelKey()));
        fact(list, "landscape.field.type", getTranslation(kase.innovationType().labelKey()));
        fact(list, "landscape.field.target-group", kase.targetGroup());
        fact(list, "landscape.field.novelty", getTranslation(kase.novelty().labelKey()));
        fact(list, "landscape.field.tags", kase.tags().isEmpty() ? null : String.join(", ", kase.tags()));
        Div facts = new Div();
        facts.getElement().appendChild(list);
        return facts;
    }

    private void fact(Element list, String labelKey, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        list.appendChild(new Element("dt").setText(getTranslation(labelKey)), new Element("dd").setText(value));
    }

    private void section(SafeHtml text, String name) {
        if (text == null) {
            return;
        }
        Section section = new Section(new H2(getTranslation("landscape.field." + name)), SafeHtmlContent.prose(text));
        section.setId("case-" + name);
        add(section);
    }

    private Component results(List<CaseResult> results) {
        H2 heading = new H2(getTranslation("landscape.field.results"));
        heading.setId("case-results-heading");
        Section section = new Section(heading);
        section.setId("case-results");
        if (results.isEmpty()) {
            section.add(new Paragraph(getTranslation("landscape.result.none")));
            return section;
        }
        // Explicit roles keep the table a table to screen readers where a phone shows its rows as cards (styles.css).
        Element table = new Element("table").setAttribute("role", "table");
        table.getClassList().add("portal-results-table");
        table.getClassList().add("portal-case-results");
        List<String> columns = List.of("landscape.result.metric", "landscape.result.baseline",
                "landscape.result.target", "landscape.result.result", "landscape.result.comparison-group",
                "landscape.result.period", "landscape.result.source").stream().map(this::getTranslation).toList();
        Element head = new Element("tr").setAttribute("role", "row");
        columns.forEach(column -> head.appendChild(new Element("th").setAttribute("scope", "col")
                .setAttribute("role", "columnheader").setText(column)));
        table.appendChild(new Element("thead").setAttribute("role", "rowgroup").appendChild(head));
        Element body = new Element("tbody").setAttribute("role", "rowgroup");
        for (CaseResult result : results) {
            Element row = new Element("tr").setAttribute("role", "row");
            row.appendChild(new Element("th").setAttribute("scope", "row").setAttribute("role", "rowheader")
                    .setText(result.metric() + (result.unit().isEmpty() ? "" : " (" + result.unit() + ")")));
            List<String> values = Arrays.asList(result.baseline(), result.target(), result.expected()
                    && result.result().isEmpty() && result.followUp() != null
                    ? getTranslation("landscape.result.expected-until", DateFormats.longDate(result.followUp(),
                    getLocale())) : result.result(), result.comparisonGroup(), result.period(), result.source());
            for (int i = 0; i < values.size(); i++) {
                row.appendChild(new Element("td").setAttribute("role", "cell")
                        .setAttribute("data-label", columns.get(i + 1))
                        .setText(Objects.requireNonNullElse(values.get(i), "")));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div scroll = new Div();
        scroll.addClassName("portal-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-labelledby", "case-results-heading");
        scroll.getElement().appendChild(table);
        section.add(scroll);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
