package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseUpkeep;
import dk.coi.portal.landscape.StaleCase;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ListScreen;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * COI staff's list of published cases whose editors have not confirmed them up to date for a year, longest stale
 * first, each with its organisation, when it was last confirmed and how long it has been stale. Reached from the
 * review queue; others are told who follows up on stale cases.
 */
@Route(CaseRoutes.STALE)
@PermitAll
class StaleCasesView extends ListScreen {

    private final CaseService cases;
    private final CaseUpkeep upkeep;

    StaleCasesView(CaseService cases, CaseUpkeep upkeep) {
        super("stale-cases-status");
        this.cases = cases;
        this.upkeep = upkeep;
        addClassName("portal-stale-cases");
    }

    @Override
    protected void addContent() {
        if (!cases.entry().mayReview()) {
            add(CaseRefusal.of("landscape.refusal.stale"));
            return;
        }
        List<StaleCase> stale = upkeep.staleCases();
        if (stale.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.stale.none"));
            none.setId("stale-cases-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("stale-cases-list");
        for (StaleCase kase : stale) {
            Anchor link = new Anchor("/" + kase.path(), kase.title());
            link.setId("stale-case-" + kase.id().value());
            list.add(new ListItem(link, ChangeLines.separator(), new Text(kase.organisationName()),
                    ChangeLines.separator(), new Text(getTranslation("landscape.stale.confirmed",
                            DateFormats.longDate(DateFormats.danishDate(kase.confirmedAt()), getLocale()))),
                    ChangeLines.separator(), new Text(getTranslation("landscape.stale.months", kase.monthsStale()))));
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "landscape.stale.title";
    }
}
