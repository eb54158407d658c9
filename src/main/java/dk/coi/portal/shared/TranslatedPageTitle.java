package dk.coi.portal.shared;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose browser title comes from the translation files: "Page | Innovationsportalen" in the
 * visitor's language. Used instead of a fixed {@code @PageTitle} so titles follow the language switch.
 */
public interface TranslatedPageTitle extends HasDynamicTitle {

    /** Translation key of the page's own title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        String title = I18NProvider.translate(titleKey());
        String site = I18NProvider.translate("app.name");
        // The front page's title is the portal's name, said once (as layout.jte's PageFrame does).
        return title.equals(site) ? site : title + " | " + site;
    }
}
