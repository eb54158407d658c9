package dk.coi.portal.shared.web;

import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.revision.EditSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the frame of a server-rendered page needs ({@code layout.jte}): its language, title, description,
 * canonical address and structured data, the main menu, the language switch back to the same address, and the
 * translated texts of the header and footer, in the reader's language.
 */
public final class PageFrame {

    /**
     * The marker of a sign-in address that goes on to another page ({@link #signInTo}): the login page says so, which
     * it does not for the header's link back to the page the reader is on.
     */
    public static final String ON_TO = "videre";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Texts texts;
    private final Locale locale;
    private final String title;
    private final String path;
    private final String description;
    private final String canonical;
    private final List<MenuLink> menu;
    private final String structuredData;
    private final ReadingAssets assets;
    private final boolean indexed;
    private final String feed;
    private final String image;
    private final String contact;
    private final String script;

    PageFrame(Texts texts, Locale locale, String title, String path, String description, String canonical,
              List<MenuLink> menu, String structuredData, ReadingAssets assets, String image, String contact) {
        this(texts, locale, title, path, description, canonical, menu, structuredData, assets, true, null, image,
                contact, null);
    }

    private PageFrame(Texts texts, Locale locale, String title, String path, String description, String canonical,
                      List<MenuLink> menu, String structuredData, ReadingAssets assets, boolean indexed,
                      String feed, String image, String contact, String script) {
        this.texts = texts;
        this.locale = locale;
        this.title = title;
        this.path = path;
        this.description = description;
        this.canonical = canonical;
        this.menu = menu;
        this.structuredData = structuredData;
        this.assets = assets;
        this.indexed = indexed;
        this.feed = feed;
        this.image = image;
        this.contact = contact;
        this.script = script;
    }

    /**
     * The same frame for a page search engines should not list (old revisions, differences), as MediaWiki does:
     * its links are still followed.
     */
    public PageFrame notIndexed() {
        return new PageFrame(texts, locale, title, path, description, canonical, menu, structuredData, assets,
                false, feed, image, contact, script);
    }

    /** The same frame announcing the page's Atom feed, so that browsers and feed readers find it from the page. */
    public PageFrame withFeed(String address) {
        return new PageFrame(texts, locale, title, path, description, canonical, menu, structuredData, assets,
                indexed, address, image, contact, script);
    }

    /**
     * The same frame loading a script module of the theme besides the header's ({@code themes/portal/…js}), in the head
     * at its hashed address like the header's own: the page's enhancement (e.g. a chart drawn from a table), which the
     * page must not need.
     */
    public PageFrame withScript(String themeFile) {
        return new PageFrame(texts, locale, title, path, description, canonical, menu, structuredData, assets,
                indexed, feed, image, contact, themeFile);
    }

    /** The theme's script module the page loads besides the header's, or null. */
    public String script() {
        return script;
    }

    /**
     * The same frame with schema.org data about the page ({@code @context} is added), for search engines. It is
     * written into a script element, so "<" is escaped as JSON allows.
     */
    public PageFrame withStructuredData(Map<String, Object> schemaOrg) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.putAll(schemaOrg);
        return withLinkedData(data);
    }

    /**
     * The same frame with a JSON-LD document that names its own {@code @context} (e.g. DCAT metadata), written into
     * the head's script element as {@link #withStructuredData} writes schema.org data.
     */
    public PageFrame withLinkedData(Map<String, Object> document) {
        String json = JSON.writeValueAsString(document).replace("<", "\\u003c");
        return new PageFrame(texts, locale, title, path, description, canonical, menu, json, assets, indexed, feed,
                image, contact, script);
    }

    /**
     * The same frame describing the page as a schema.org article of {@code type} (Article, NewsArticle …) in
     * Danish, published by the portal, with its canonical address; {@code details} adds the type's own fields
     * (dates, author).
     */
    public PageFrame asArticle(String type, String headline, Map<String, Object> details) {
        Map<String, Object> article = new java.util.LinkedHashMap<>();
        article.put("@type", type);
        article.put("headline", headline);
        article.put("url", canonical);
        article.put("inLanguage", "da");
        article.putAll(details);
        article.put("publisher", Map.of("@type", "Organization", "name", text("app.name")));
        return withStructuredData(article);
    }

    /** The page's language, for {@code <html lang>}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The reader's language, to write dates and numbers in. */
    public Locale locale() {
        return locale;
    }

    /** The document title: the page's own title and the portal's name, which the front page's title is alone. */
    public String documentTitle() {
        String site = text("app.name");
        return title.equals(site) ? site : title + " | " + site;
    }

    public String title() {
        return title;
    }

    /** The meta description, or null when the page has none (the error pages). */
    public String description() {
        return description;
    }

    /** The page's canonical absolute address, or null when it has none (the error pages). */
    public String canonical() {
        return canonical;
    }

    /** The address of a stylesheet or font ({@code themes/portal/styles.css}) that browsers may keep for good. */
    public String asset(String file) {
        return assets.of(file);
    }

    /** The absolute address of the picture link previews show with the page (Open Graph's og:image). */
    public String image() {
        return image;
    }

    public String structuredData() {
        return structuredData;
    }

    /** The address of the page's Atom feed, or null. */
    public String feed() {
        return feed;
    }

    /** Whether search engines may list the page ({@code <meta name="robots" content="noindex">} when not). */
    public boolean indexed() {
        return indexed;
    }

    /** The {@code mailto:} link of COI's contact address, for the footer. */
    public String contact() {
        return contact;
    }

    public List<MenuLink> menu() {
        return menu;
    }

    /** Whether the menu entry is the area this page belongs to (its address starts with the entry's). */
    public boolean isCurrent(MenuLink entry) {
        String page = path.replaceFirst("\\?.*", "");
        return entry.path().equals("/") ? page.equals("/") : page.equals(entry.path())
                || page.startsWith(entry.path() + "/");
    }

    public String otherLanguage() {
        return PortalLocales.DANISH.getLanguage().equals(locale.getLanguage())
                ? PortalLocales.ENGLISH.getLanguage() : PortalLocales.DANISH.getLanguage();
    }

    /** The address that switches to the other language and comes back here. */
    public String languageSwitch() {
        return LanguageController.PATH + "/" + otherLanguage() + "?" + LanguageController.BACK + "="
                + UriUtils.encodeQueryParam(path, StandardCharsets.UTF_8);
    }

    /** The sign-in address, which returns here afterwards (the login view's {@code next}). */
    public String signIn() {
        return "/login" + returnHere();
    }

    /**
     * The sign-in address that goes on to {@code path} (a portal path without its leading slash) afterwards, for a
     * link to a form that needs a sign-in: the reader lands in the form, not back on the page with the link.
     */
    public String signInTo(String path) {
        return "/login?next=" + UriUtils.encodeQueryParam("/" + path, StandardCharsets.UTF_8) + "&" + ON_TO;
    }

    /** The sign-up address, which returns here afterwards. */
    public String signUp() {
        return "/opret-konto" + returnHere();
    }

    private String returnHere() {
        return path.equals("/") ? "" : "?next=" + UriUtils.encodeQueryParam(path, StandardCharsets.UTF_8);
    }

    public String text(String key, Object... arguments) {
        return texts.get(locale, key, arguments);
    }

    /** A phrase the portal stored (e.g. what a log line adds), in the reader's language. */
    public String words(Phrase phrase) {
        return texts.get(locale, phrase);
    }

    /** A change's summary: the person's own words, or the portal's description translated. */
    public String words(EditSummary summary) {
        return texts.get(locale, summary);
    }

    /** When something ends, an end at midnight as the close of the day before ({@link DateFormats#endDateTime}). */
    public String endDateTime(Instant end) {
        return DateFormats.endDateTime(end, locale);
    }

    /** A time as the portal shows it in the reader's language, in Danish time. */
    public String dateTime(Instant time) {
        return DateFormats.dateTime(time, locale);
    }
}
