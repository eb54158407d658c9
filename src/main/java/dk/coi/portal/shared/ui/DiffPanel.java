package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.TextDiff;
import java.util.Locale;

/**
 * The difference between two versions of a text, as MediaWiki shows it: the changed stretches with a few lines
 * of context under "Line N" headings (or the whole text), side by side or merged into one text, removed words
 * struck through and added words underlined. Side by side is a labelled table; on a narrow screen its rows stack
 * and each cell says whether it is before or after.
 */
public final class DiffPanel {

    private DiffPanel() {
    }

    /** Before and after side by side, in the changed stretches or ({@code whole}) the whole text. */
    public static Div sideBySide(String id, TextDiff diff, String beforeLabel, String afterLabel, boolean whole) {
        Div table = new Div();
        table.addClassName("portal-diff");
        table.setId(id);
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", I18NProvider.translate("diff.table"));
        table.add(row("portal-diff-header", cell(beforeLabel, "columnheader", null), cell(afterLabel, "columnheader", null)));
        TextDiff.Shown shown = diff.shown(whole);
        for (TextDiff.Hunk hunk : shown.hunks()) {
            if (!whole) {
                table.add(row("portal-diff-hunk",
                        cell(I18NProvider.translate("diff.line", hunk.firstLineBefore()), "cell", null),
                        cell(I18NProvider.translate("diff.line", hunk.firstLineAfter()), "cell", null)));
            }
            for (TextDiff.Line line : hunk.lines()) {
                table.add(row("portal-diff-" + line.change().name().toLowerCase(Locale.ROOT),
                        lineCell(line.before(), beforeLabel), lineCell(line.after(), afterLabel)));
            }
        }
        if (shown.cut()) {
            table.add(row("portal-diff-hunk", cell(tooLong(shown), "cell", null), cell("", "cell", null)));
        }
        return table;
    }

    /** The two versions merged into one text, in the changed stretches or ({@code whole}) the whole text. */
    public static Div inline(String id, TextDiff diff, boolean whole) {
        Div text = new Div();
        text.addClassName("portal-diff-inline");
        text.setId(id);
        TextDiff.Shown shown = diff.shown(whole);
        for (TextDiff.Hunk hunk : shown.hunks()) {
            if (!whole) {
                Div heading = new Div();
                heading.setText(I18NProvider.translate("diff.line", hunk.firstLineAfter()));
                heading.addClassName("portal-diff-hunk");
                text.add(heading);
            }
            hunk.inline().forEach(line -> text.add(lineOf(line)));
        }
        if (shown.cut()) {
            text.add(new Div(tooLong(shown)));
        }
        return text;
    }

    private static String tooLong(TextDiff.Shown shown) {
        return I18NProvider.translate("diff.too-long", TextDiff.MOST_LINES_SHOWN, shown.allLines());
    }

    private static Div row(String className, Div before, Div after) {
        Div row = new Div(before, after);
        row.getElement().setAttribute("role", "row");
        row.addClassNames("portal-diff-row", className);
        return row;
    }

    private static Div cell(String text, String role, String label) {
        Div cell = new Div();
        cell.setText(text);
        cell.getElement().setAttribute("role", role);
        if (label != null) {
            cell.getElement().setAttribute("data-label", label);
        }
        return cell;
    }

    private static Div lineCell(SafeHtml line, String label) {
        Div cell = lineOf(line);
        cell.getElement().setAttribute("role", "cell");
        cell.getElement().setAttribute("data-label", label);
        if (line.isEmpty()) {
            cell.addClassName("portal-diff-empty");
        }
        return cell;
    }

    /** A diff line: escaped text whose only markup is del/ins (see TextDiff); an empty line keeps its height. */
    private static Div lineOf(SafeHtml line) {
        Div div = SafeHtmlContent.block(line.isEmpty() ? SafeHtml.escaped("\u00a0") : line);
        div.addClassName("portal-diff-line");
        return div;
    }
}
