package dk.coi.portal.shared;

/**
 * HTML that has passed the portal's allow-list sanitiser. Only this type may reach a Vaadin {@code Html}
 * component; user content is stored as Markdown and turned into {@code SafeHtml} by {@link MarkdownService}.
 */
public record SafeHtml(String html) {
}
