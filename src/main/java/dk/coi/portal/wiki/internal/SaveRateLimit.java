package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How often one person may save wiki edits and talk comments ({@code portal.wiki.saves-per-minute}). */
@Component
public class SaveRateLimit extends RateLimit<Long> {

    SaveRateLimit(@Value("${portal.wiki.saves-per-minute:10}") int savesPerMinute) {
        super(savesPerMinute);
    }
}
