package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.Navigation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MediaWiki's two columns of radio buttons in a history: the revision to compare from ("fra") and the one to
 * compare to ("til"), at first the two newest, and the button that opens their difference. Only an older revision
 * than the one picked "til" can be picked "fra", and the other way round, so a comparison always reads forwards; the
 * others are disabled, so the arrow keys pass them by. Native radio inputs, so each column is one group that the
 * keyboard moves through as in any form. For any audited content's history (wiki pages, cases).
 */
public class RevisionPicker {

    /** One line of a history as it can be picked: its revision, the version it is called by, and when. */
    public record Pickable(long revision, String version, Instant time) {
    }

    /** Where the difference of two revisions is read. */
    @FunctionalInterface
    public interface DiffAddress {
        String of(long from, long to);
    }

    private final Map<Long, Input> fromRadios = new LinkedHashMap<>();
    private final Map<Long, Input> toRadios = new LinkedHashMap<>();
    private long from;
    private long to;

    /** {@code fromName}/{@code toName}: the radio groups' names, as the difference's address names its revisions. */
    public RevisionPicker(List<Pickable> newestFirst, String fromName, String toName, Locale locale) {
        if (newestFirst.size() < 2) {
            return;
        }
        to = newestFirst.get(0).revision();
        from = newestFirst.get(1).revision();
        for (Pickable line : newestFirst) {
            // Named by version and time: two versions saved in the same minute are told apart.
            String time = ChangeLines.time(line.time(), locale);
            fromRadios.put(line.revision(), radio(fromName, "compare-from", line.revision(),
                    I18NProvider.translate("history.compare-from-label", line.version(), time)));
            toRadios.put(line.revision(), radio(toName, "compare-to", line.revision(),
                    I18NProvider.translate("history.compare-to-label", line.version(), time)));
        }
        fromRadios.forEach((revision, radio) -> radio.getElement().addEventListener("change", change -> {
            from = revision;
            show();
        }));
        toRadios.forEach((revision, radio) -> radio.getElement().addEventListener("change", change -> {
            to = revision;
            show();
        }));
        show();
    }

    /** Whether there is anything to pick: a history of one revision has nothing to compare. */
    public boolean offered() {
        return !fromRadios.isEmpty();
    }

    /**
     * What goes above the history's list: how to compare, the button that opens the picked revisions' difference
     * at {@code address}, and the columns' heads.
     */
    public List<Component> controls(DiffAddress address) {
        Button compare = new Button(I18NProvider.translate("history.compare"), click -> click.getSource().getUI()
                .ifPresent(ui -> Navigation.open(ui, address.of(from, to))));
        compare.setId("compare-revisions");
        Div columns = new Div(new Span(I18NProvider.translate("history.compare-from")),
                new Span(I18NProvider.translate("history.compare-to")));
        columns.addClassName("portal-compare-columns");
        // Each radio button is named in full; the column heads are for the eye.
        columns.getElement().setAttribute("aria-hidden", "true");
        return List.of(new Paragraph(I18NProvider.translate("history.compare-help")), compare, columns);
    }

    /** The two radio buttons of one line of the history. */
    public Component radios(long revision) {
        Span radios = new Span(fromRadios.get(revision), toRadios.get(revision));
        radios.addClassName("portal-compare-radios");
        return radios;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    /** A radio button named as the difference's address names the revision, as a public page's form sends it. */
    private static Input radio(String name, String id, long revision, String label) {
        Input radio = new Input();
        radio.setType("radio");
        radio.setId(id + "-" + revision);
        radio.getElement().setAttribute("name", name);
        radio.getElement().setAttribute("aria-label", label);
        radio.getElement().setAttribute("title", label);
        return radio;
    }

    /** Both columns as picked, the server's state told to the browser, which also forgets a stale check mark. */
    private void show() {
        fromRadios.forEach((revision, radio) -> {
            radio.getElement().setProperty("checked", revision == from);
            radio.setEnabled(revision < to);
        });
        toRadios.forEach((revision, radio) -> {
            radio.getElement().setProperty("checked", revision == to);
            radio.setEnabled(revision > from);
        });
    }
}
