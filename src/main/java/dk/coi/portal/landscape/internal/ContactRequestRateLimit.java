package dk.coi.portal.landscape.internal;

import dk.coi.portal.shared.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many contact requests one person may send in an hour ({@code portal.landscape.contact-requests-per-hour}):
 * each reaches a person's mailbox, so the portal must not become a way to flood contact people.
 */
@Component
public class ContactRequestRateLimit extends RateLimit<Long> {

    ContactRequestRateLimit(@Value("${portal.landscape.contact-requests-per-hour:5}") int requestsPerHour) {
        super(requestsPerHour, Duration.ofHours(1));
    }
}
