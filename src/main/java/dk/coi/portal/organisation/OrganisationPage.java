package dk.coi.portal.organisation;

import java.util.List;

/** An organisation's page: the register's own screen of it and what other modules show about it, in order. */
public record OrganisationPage(OrganisationScreen screen, List<OrganisationSection> sections) {

    public OrganisationPage {
        sections = List.copyOf(sections);
    }

    public String path() {
        return screen.path();
    }
}
