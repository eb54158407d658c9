package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.coi.portal.moderation.AwaitingItem;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationQueue;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportLine;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.FormStatus;
import jakarta.annotation.security.RolesAllowed;

/**
 * The staff queue across modules: content held back for approval ("Venter på godkendelse"), to publish or reject with
 * a reason; each reported piece of content with its open reports, what it says and where it
 * is, and the decisions (hide, restore, dismiss the reports) with a reason, each said done where the item stood;
 * below, the latest decisions of the moderation log. Everything shown comes from one service call.
 */
@Route(ModerationQueueView.ROUTE)
@Menu(title = "nav.moderation", order = 70, icon = "vaadin:shield")
@RolesAllowed("COI_STAFF")
class ModerationQueueView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    static final String ROUTE = "moderation";

    private final ModerationService moderation;
    private final VerticalLayout awaiting = new VerticalLayout();
    private final VerticalLayout items = new VerticalLayout();

    ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        awaiting.setId("moderation-awaiting");
        awaiting.setPadding(false);
        items.setId("moderation-items");
        items.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    private void build() {
        removeAll();
        ModerationQueue queue = moderation.queue();
        awaiting.removeAll();
        if (queue.awaitingApproval().isEmpty()) {
            awaiting.add(new Paragraph(getTranslation("moderation.queue.awaiting-none")));
        }
        queue.awaitingApproval().forEach(item -> awaiting.add(section(item)));
        items.removeAll();
        if (queue.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("moderation.queue.none")));
        }
        queue.items().forEach(item -> items.add(section(item)));
        add(new H1(getTranslation("moderation.queue.title")),
                new H2(getTranslation("moderation.queue.awaiting-title")), awaiting,
                new H2(getTranslation("moderation.queue.reported-title")), items);
        add(new H2(getTranslation("moderation.log.title")));
        UnorderedList log = new UnorderedList();
        log.setId("moderation-log");
        queue.recentDecisions().forEach(line -> log.add(logLine(line)));
        add(queue.recentDecisions().isEmpty() ? new Paragraph(getTranslation("moderation.log.none")) : log);
    }

    /** A card of content waiting for approval: what it is, who wrote it, since when, and approve or reject. */
    private Section section(AwaitingItem held) {
        Section section = card(held.subject());
        described(section, held.item(), held.author());
        section.add(new Paragraph(getTranslation("moderation.queue.awaiting-since",
                ChangeLines.time(held.since(), getLocale()))));
        String name = nameOf(held.item(), held.author());
        section.add(new ItemDecisions(moderation, held, name,
                said -> decided(awaiting, section, held.subject(), name, said)));
        return section;
    }

    private Section section(QueuedItem queued) {
        Subject subject = queued.subject();
        Section section = card(subject);
        if (queued.gone()) {
            section.add(new H3(getTranslation("moderation.item.gone")));
        } else {
            described(section, queued.item(), queued.author());
            if (queued.item().hidden()) {
                Paragraph hidden = new Paragraph(getTranslation("moderation.queue.hidden"));
                hidden.addClassName("portal-alert");
                section.add(hidden);
            }
        }
        UnorderedList reports = new UnorderedList();
        queued.reports().forEach(report -> reports.add(reportLine(report)));
        section.add(new Paragraph(getTranslation("moderation.queue.reports", queued.reports().size())), reports);
        String name = queued.gone() ? getTranslation("moderation.item.gone") : nameOf(queued.item(), queued.author());
        section.add(new ItemDecisions(moderation, queued, name,
                said -> decided(items, section, subject, name, said)));
        return section;
    }

    /** A card for one subject, headed by the kind of content it is. */
    private Section card(Subject subject) {
        Section section = new Section();
        section.setId("moderation-item-" + ReportControl.idOf(subject));
        section.addClassName("portal-card");
        Paragraph kind = new Paragraph(getTranslation(subject.type()));
        kind.addClassName("portal-card-meta");
        section.add(kind);
        return section;
    }

    /** What the content is called (leading to it), who wrote it and the start of its text. */
    private void described(Section section, ModeratedItem item, String authorCredit) {
        section.add(new H3(new Anchor(item.path(), words(item.title()))));
        if (authorCredit != null) {
            Paragraph author = new Paragraph(getTranslation("moderation.queue.author", authorCredit));
            author.addClassName("portal-card-meta");
            section.add(author);
        }
        section.add(new Paragraph(item.excerpt()));
    }

    /** The item's name with the start of its text and its author, as {@link #quoted}. */
    private String nameOf(ModeratedItem item, String author) {
        String gist = quoted(ModeratedItem.gist(item.excerpt()), author);
        return words(item.title()) + (gist.isEmpty() ? "" : " – " + gist);
    }

    /**
     * The start of a piece of content's text and who wrote it ("»Køb billige ure …« af Kaj (Firma)"), which tells
     * apart items of the same title, e.g. two comments on one talk page; empty when there is no text.
     */
    private String quoted(String excerpt, String author) {
        if (excerpt == null || excerpt.isEmpty()) {
            return "";
        }
        return author == null ? getTranslation("moderation.item.gist", excerpt)
                : getTranslation("moderation.item.gist-by", excerpt, author);
    }

    private ListItem reportLine(ReportLine report) {
        return new ListItem(getTranslation("moderation.queue.report", ChangeLines.name(report.reporter()),
                ChangeLines.time(report.time(), getLocale()),
                getTranslation(report.category().labelKey()), report.reason() == null ? "" : report.reason()));
    }

    /**
     * The queue read again after a decision (the item has left it), with what was done said where the item stood,
     * not at the top of a long page.
     */
    private void decided(VerticalLayout list, Section card, Subject subject, String name, String said) {
        // Where the item stood in its list (earlier "done" cards are gone once the queue is read again).
        int at = (int) list.getChildren().takeWhile(child -> child != card)
                .filter(child -> child.getId().orElse("").startsWith("moderation-item-")).count();
        build();
        Paragraph what = new Paragraph(name);
        what.addClassName("portal-card-meta");
        FormStatus status = new FormStatus("moderation-status-" + ReportControl.idOf(subject));
        Section done = new Section(what, status);
        done.addClassName("portal-card");
        list.addComponentAtIndex(Math.min(at, list.getComponentCount()), done);
        status.doneHere(said);
    }

    private ListItem logLine(ModerationLogLine line) {
        return ChangeLines.logLine(line.time(), getLocale(), ChangeLines.decider(line.person(), line.personId(), null),
                getTranslation(line.kind().labelKey()), subjectOf(line), line.facts(), line.reason());
    }

    /**
     * The content as it was called then, leading to it while it exists, with the start of its text and its author
     * now: lines about comments on one talk page are told apart.
     */
    private Component subjectOf(ModerationLogLine line) {
        String title = line.title() == null ? "" : words(line.title());
        Component called = line.path() == null ? new Span(title) : new Anchor(line.path(), title);
        String gist = quoted(line.excerpt(), line.author());
        return gist.isEmpty() ? called : new Span(called, new Span(" – " + gist));
    }

    private String words(Phrase phrase) {
        return phrase.render(I18NProvider::translate);
    }

    @Override
    public String titleKey() {
        return "moderation.queue.title";
    }
}
