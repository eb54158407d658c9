package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.shared.RateLimit;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many comments and replies one person may write on ideas in an hour
 * ({@code portal.ideastorm.comments-per-hour}), against floods.
 */
@Component
public class IdeaCommentRateLimit extends RateLimit<Long> {

    IdeaCommentRateLimit(@Value("${portal.ideastorm.comments-per-hour:30}") int commentsPerHour) {
        super(commentsPerHour, Duration.ofHours(1));
    }
}
