package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one person's editor may have a text rendered for the live preview
 * ({@code portal.wiki.previews-per-minute}): typing pauses, not a loop that keeps the server rendering.
 */
@Component
public class PreviewRateLimit extends RateLimit<Long> {

    PreviewRateLimit(@Value("${portal.wiki.previews-per-minute:60}") int previewsPerMinute) {
        super(previewsPerMinute);
    }
}
