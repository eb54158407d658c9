package dk.coi.portal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** COI's contact address as the deployment configures it ({@code CONTACT_EMAIL}), for every page's footer. */
@Component
public class PortalContact {

    private final String email;

    PortalContact(@Value("${portal.contact.email}") String email) {
        this.email = email;
    }

    /** The {@code mailto:} link of the contact address. */
    public String mailto() {
        return "mailto:" + email;
    }
}
