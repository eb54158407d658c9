package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationQueue;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportLine;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ReasonField;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * The staff queue across modules: each reported piece of content with its open reports, what it says and where it
 * is, and the decisions (hide, restore, dismiss the reports) with a reason; below, the latest decisions of the
 * moderation log. Everything shown comes from one service call.
 */
@Route("moderation")
@Menu(title = "nav.moderation", order = 70, icon = "vaadin:shield")
@RolesAllowed("COI_STAFF")
class ModerationQueueView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    private final ModerationService moderation;
    private final FormStatus status = new FormStatus("moderation-status");

    ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        status.setText("");
        build();
    }

    private void build() {
        removeAll();
        ModerationQueue queue = moderation.queue();
        add(new H1(getTranslation("moderation.queue.title")), status);
        if (queue.items().isEmpty()) {
            add(new Paragraph(getTranslation("moderation.queue.none")));
        }
        queue.items().forEach(item -> add(section(item)));
        add(new H2(getTranslation("moderation.log.title")));
        UnorderedList log = new UnorderedList();
        log.setId("moderation-log");
        queue.recentDecisions().forEach(line -> log.add(logLine(line)));
        add(queue.recentDecisions().isEmpty() ? new Paragraph(getTranslation("moderation.log.none")) : log);
    }

    private Section section(QueuedItem queued) {
        Subject subject = queued.subject();
        Section section = new Section();
        section.setId("moderation-item-" + ReportControl.idOf(subject));
        section.addClassName("portal-card");
        Paragraph kind = new Paragraph(getTranslation(subject.type()));
        kind.addClassName("portal-card-meta");
        if (queued.gone()) {
            section.add(kind, new H2(getTranslation("moderation.item.gone")));
        } else {
            section.add(kind, new H2(new Anchor(queued.item().path(), words(queued.item().title()))),
                    new Paragraph(queued.item().excerpt()));
            if (queued.item().hidden()) {
                Paragraph hidden = new Paragraph(getTranslation("moderation.queue.hidden"));
                hidden.addClassName("portal-alert");
                section.add(hidden);
            }
        }
        UnorderedList reports = new UnorderedList();
        queued.reports().forEach(report -> reports.add(reportLine(report)));
        section.add(new Paragraph(getTranslation("moderation.queue.reports", queued.reports().size())), reports);
        section.add(decisions(queued));
        return section;
    }

    private ListItem reportLine(ReportLine report) {
        String reporter = report.reporter() == null ? getTranslation("person.erased") : report.reporter();
        return new ListItem(getTranslation("moderation.queue.report", reporter, time(report.time()),
                getTranslation(report.category().labelKey()), report.reason() == null ? "" : report.reason()));
    }

    /** The reason field and the decisions that fit the item: hide (or keep hidden), restore, dismiss. */
    private VerticalLayout decisions(QueuedItem queued) {
        Subject subject = queued.subject();
        String id = ReportControl.idOf(subject);
        ReasonField reason = new ReasonField("moderation.queue.reason", "moderation-reason-" + id);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (!queued.gone()) {
            boolean hidden = queued.item().hidden();
            buttons.add(decision(hidden ? "moderation.queue.keep-hidden" : "moderation.queue.hide", "hide-" + id,
                    ButtonVariant.ERROR, reason, moderation::hide, subject, "moderation.queue.hidden-done"));
            if (hidden) {
                buttons.add(decision("moderation.queue.restore", "restore-" + id, ButtonVariant.PRIMARY, reason,
                        moderation::restore, subject, "moderation.queue.restored"));
            }
        }
        if (queued.gone() || !queued.item().hidden()) {
            buttons.add(decision("moderation.queue.dismiss", "dismiss-" + id, ButtonVariant.TERTIARY, reason,
                    moderation::dismiss, subject, "moderation.queue.dismissed"));
        }
        VerticalLayout decisions = new VerticalLayout(reason, buttons);
        decisions.setPadding(false);
        return decisions;
    }

    private Button decision(String labelKey, String id, ButtonVariant variant, ReasonField reason,
                            BiConsumer<Subject, String> action, Subject subject, String doneKey) {
        Button button = new Button(getTranslation(labelKey),
                click -> {
                    try {
                        action.accept(subject, reason.getValue());
                        build();
                        status.done(getTranslation(doneKey));
                    } catch (InvalidInputException refused) {
                        // A missing reason is said at this item's reason field, not at the top of the queue.
                        if (!reason.explain(refused)) {
                            status.refused(refused);
                        }
                    }
                });
        button.addThemeVariants(variant);
        button.setId(id);
        return button;
    }

    private ListItem logLine(ModerationLogLine line) {
        String person = line.personId() == null ? getTranslation("moderation.log.portal")
                : line.person() == null ? getTranslation("person.erased") : line.person();
        ListItem item = new ListItem(new Span(time(line.time())), separator(), new Span(person), separator(),
                new Span(getTranslation(line.kind().labelKey())), separator(), titleOf(line));
        item.addClassName("portal-log-line");
        if (line.facts() != null) {
            item.add(separator(), new Span(words(line.facts())));
        }
        if (line.reason() != null) {
            Span reason = new Span(line.reason());
            reason.addClassName("portal-log-reason");
            item.add(separator(), reason);
        }
        return item;
    }

    /** The content as it was called then, leading to it while it exists. */
    private Component titleOf(ModerationLogLine line) {
        String title = line.title() == null ? "" : words(line.title());
        return line.path() == null ? new Span(title) : new Anchor(line.path(), title);
    }

    private String words(Phrase phrase) {
        return phrase.render(I18NProvider::translate);
    }

    private String time(Instant time) {
        return DateFormats.dateTime(time, getLocale());
    }

    private static Span separator() {
        return new Span(" · ");
    }

    @Override
    public String titleKey() {
        return "moderation.queue.title";
    }
}
