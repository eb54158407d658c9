package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalContact;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Makes the frame of a server-rendered page in the language the reader chose (Danish unless they chose English). */
@Component
public class PageFrames {

    /** The picture link previews show with every page: the portal's own (1200 × 630, as Open Graph advises). */
    static final String PREVIEW_IMAGE = "themes/portal/og-image.png";
    /** A search result's snippet length, which is also what link previews show. */
    /** The longest description a page gives search engines and link previews, in characters. */
    public static final int DESCRIPTION_LENGTH = 160;

    private final Texts texts;
    private final PublicMenu menu;
    private final PortalAddress address;
    private final ReadingAssets assets;
    private final PortalContact contact;

    PageFrames(Texts texts, PublicMenu menu, PortalAddress address, ReadingAssets assets, PortalContact contact) {
        this.contact = contact;
        this.texts = texts;
        this.menu = menu;
        this.address = address;
        this.assets = assets;
    }

    /** A frame whose title is the translation of {@code titleKey}, without description or canonical address. */
    public PageFrame forKey(HttpServletRequest request, String titleKey) {
        Locale locale = localeOf(request);
        return new PageFrame(texts, locale, texts.get(locale, titleKey), pathOf(request), null, null,
                menu.entries(), null, assets, address.link(PREVIEW_IMAGE), contact.mailto());
    }

    /**
     * The frame of a public page: its title, a description for search results and link previews, and its
     * canonical address ({@code canonicalPath} as the modules' route classes write it, e.g. {@code wiki/Forside}).
     */
    public PageFrame page(HttpServletRequest request, String title, String description, String canonicalPath) {
        return new PageFrame(texts, localeOf(request), title, pathOf(request), description,
                address.link(canonicalPath), menu.entries(), null, assets, address.link(PREVIEW_IMAGE),
                contact.mailto());
    }

    /**
     * The address of a file of a library the portal serves from its WebJar ({@code uplot/1.6.30/dist/uPlot.min.css}),
     * which browsers may keep for good, as its version is in it; for server-rendered pages and Vaadin views alike.
     */
    public static String library(String file) {
        return ReadingAssets.library(file);
    }

    /** A text in the reader's language, e.g. for the title of the page being framed. */
    public String text(HttpServletRequest request, String key, Object... arguments) {
        return texts.get(localeOf(request), key, arguments);
    }

    /**
     * The frame of a public page whose words are in the translation files: its title and, as its description, the
     * first words of the text {@code descriptionKey} names.
     */
    public PageFrame translatedPage(HttpServletRequest request, String titleKey, String descriptionKey,
                                    String canonicalPath) {
        Locale locale = localeOf(request);
        return new PageFrame(texts, locale, texts.get(locale, titleKey), pathOf(request),
                description(texts.get(locale, descriptionKey)), address.link(canonicalPath), menu.entries(), null, assets,
                address.link(PREVIEW_IMAGE), contact.mailto());
    }

    /**
     * A meta description from a page's plain text: its first words, cut at a word within the length search results
     * and link previews show.
     */
    public static String description(String plainText) {
        if (plainText.length() <= DESCRIPTION_LENGTH) {
            return plainText;
        }
        int cut = plainText.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return plainText.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    /** The reader's language, to translate the page's own texts in. */
    public static Locale localeOf(HttpServletRequest request) {
        return LanguageCookie.chosen(request).orElse(PortalLocales.DANISH);
    }

    /** The address asked for, to come back to after switching language; the front page when Tomcat could not read it. */
    private static String pathOf(HttpServletRequest request) {
        // On an error page, the address that failed, not the error page's own.
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String uri = error ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return "/";
        }
        String query = error ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : request.getQueryString();
        String path = uri.substring(context.length());
        return List.of("", "/").contains(path) ? "/" : query == null ? path : path + "?" + query;
    }
}
