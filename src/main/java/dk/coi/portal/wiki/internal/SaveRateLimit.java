package dk.coi.portal.wiki.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one person may save wiki edits (Bucket4j token buckets, one per person, in this node's
 * memory): a burst of {@code saves-per-minute}, refilled over a minute.
 */
@Component
public class SaveRateLimit {

    private final int savesPerMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    SaveRateLimit(@Value("${portal.wiki.saves-per-minute:10}") int savesPerMinute) {
        this.savesPerMinute = savesPerMinute;
    }

    /** Takes one save from the person's allowance; false when it is used up for now. */
    public boolean tryAcquire(long personId) {
        return buckets.computeIfAbsent(personId, id -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(savesPerMinute)
                                .refillGreedy(savesPerMinute, Duration.ofMinutes(1)).build())
                        .build())
                .tryConsume(1);
    }
}
