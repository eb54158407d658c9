package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The pieces of one line about a change, a notice or a comment (when, who, how much, in what words, with
 * " · " between), built alike in every module's lists. Where a person's name links to is the caller's to say.
 */
public final class ChangeLines {

    private ChangeLines() {
    }

    public static String time(Instant time, Locale locale) {
        return DateFormats.dateTime(time, locale);
    }

    /** The person's name, or "Slettet bruger" once they are erased ({@code name} null). */
    public static String name(String name) {
        return name == null ? I18NProvider.translate("person.erased") : name;
    }

    /** The person's name without a link, or "Slettet bruger". */
    public static Span author(String name) {
        Span author = new Span(name(name));
        author.addClassName("portal-revision-author");
        return author;
    }

    /**
     * The person's name linking to {@code link} of their id (e.g. their contributions in the module at hand),
     * or "Slettet bruger" without a link.
     */
    public static Component author(String name, Long personId, LongFunction<String> link) {
        if (name == null || personId == null) {
            return author(null);
        }
        Anchor author = new Anchor(link.apply(personId), name);
        author.addClassName("portal-revision-author");
        return author;
    }

    /**
     * Who made a decision in a log: the person's name linking to {@code link} of their id ({@code link} null: no
     * link), "Slettet bruger" once they are erased, or "Portalen" when the portal decided itself ({@code personId}
     * null, e.g. hiding content after reports).
     */
    public static Component decider(String name, Long personId, LongFunction<String> link) {
        if (personId == null) {
            return author(I18NProvider.translate("log.portal"));
        }
        return link == null ? author(name) : author(name, personId, link);
    }

    /** Size change as "+12" / "-3" / "0". */
    public static Span sizeChange(int sizeChange) {
        return new Span((sizeChange > 0 ? "+" : "") + sizeChange);
    }

    /** An abbreviation: a short mark for the eye whose meaning is said to everyone else. */
    @Tag("abbr")
    private static final class Abbreviation extends HtmlContainer {
    }

    /**
     * A short mark in a line of a list ("m" for a minor edit, "ny" for a page created), as MediaWiki marks them: its
     * meaning is its tooltip for a mouse and its text for a screen reader, which does not say a tooltip, and {@code
     * shown} is hidden from screen readers, which would spell it out.
     */
    public static Component mark(String shown, String meaning) {
        Span forTheEye = new Span(shown);
        forTheEye.getElement().setAttribute("aria-hidden", "true");
        Span said = new Span(meaning);
        said.addClassName("portal-visually-hidden");
        Abbreviation mark = new Abbreviation();
        mark.add(forTheEye, said);
        mark.getElement().setAttribute("title", meaning);
        mark.addClassName("portal-tag");
        return mark;
    }

    /** The mark of a minor edit, wherever edits are listed (histories, recent changes, notices). */
    public static Component minorMark() {
        return mark(I18NProvider.translate("minor.mark"), I18NProvider.translate("minor.meaning"));
    }

    /** The summary in the reader's language after a separator, when there is one. */
    public static void addSummary(HasComponents line, EditSummary summary) {
        if (!summary.isEmpty()) {
            line.add(separator(), new Span(summary.words(I18NProvider::translate)));
        }
    }

    public static Span separator() {
        return new Span(" · ");
    }

    /**
     * A line of a log (a module's public log, moderation's decisions): when, who, what they did ({@code action},
     * words that read into the title: "deleted" Title), to what, what the portal adds ({@code facts}, may be null)
     * and the person's own {@code reason} (may be null), in the reader's language.
     */
    public static ListItem logLine(Instant time, Locale locale, Component person, String action, Component subject,
                                   Phrase facts, String reason) {
        ListItem item = new ListItem(new Span(time(time, locale)), separator(), person, separator(),
                new Span(action + " "), subject);
        item.addClassName("portal-log-line");
        if (facts != null) {
            item.add(separator(), new Span(facts.render(I18NProvider::translate)));
        }
        if (reason != null) {
            Span words = new Span(reason);
            words.addClassName("portal-log-reason");
            item.add(separator(), words);
        }
        return item;
    }
}
