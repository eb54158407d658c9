package dk.coi.portal.organisation;

import dk.coi.portal.shared.Phrase;
import java.util.List;

/**
 * A section another module shows on an organisation's page ({@link OrganisationSections}): its element id, its
 * heading (a translation key) and its entries, each a link to a page of the portal with a short text under it. All
 * text: never read as HTML.
 */
public record OrganisationSection(String id, String headingKey, List<Entry> entries) {

    public OrganisationSection {
        entries = List.copyOf(entries);
    }

    /**
     * One thing listed: its title (the link's text), the portal path it leads to, a short text (may be empty; data,
     * Danish) and a note in the reader's words (null for none; e.g. how often a case was reused).
     */
    public record Entry(String title, String path, String text, Phrase note) {

        public Entry(String title, String path, String text) {
            this(title, path, text, null);
        }
    }
}
