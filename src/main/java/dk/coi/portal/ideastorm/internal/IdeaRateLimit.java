package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many ideas one person may submit in an hour ({@code portal.ideastorm.ideas-per-hour}), against floods. */
@Component
public class IdeaRateLimit extends RateLimit<Long> {

    IdeaRateLimit(@Value("${portal.ideastorm.ideas-per-hour:10}") int ideasPerHour) {
        super(ideasPerHour, Duration.ofHours(1));
    }
}
