package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.coi.portal.shared.SafeHtml;

/**
 * The one way HTML reaches a page: as the content of an element of the portal's choosing, and only as
 * {@link SafeHtml} (sanitised or escaped). A test fails on any other use of Vaadin's {@code Html} or of
 * {@code innerHTML}.
 */
public final class SafeHtmlContent {

    private SafeHtmlContent() {
    }

    /** Rendered user content (Markdown), styled as running text. */
    public static Div prose(SafeHtml html) {
        Div prose = with(new Div(), html);
        prose.addClassName("portal-prose");
        // People write the portal's content in Danish; so marked, it is read with a Danish voice in the English
        // interface too (WCAG 3.1.2).
        ContentLanguage.danish(prose);
        return prose;
    }

    public static Div block(SafeHtml html) {
        return with(new Div(), html);
    }

    public static Span inline(SafeHtml html) {
        return with(new Span(), html);
    }

    public static Paragraph paragraph(SafeHtml html) {
        return with(new Paragraph(), html);
    }

    private static <T extends HtmlContainer> T with(T container, SafeHtml html) {
        container.getElement().setProperty("innerHTML", html.html());
        return container;
    }
}
