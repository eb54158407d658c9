package dk.coi.portal.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one person (or other key) may do something: Bucket4j token buckets, one per key, in this node's
 * memory: a burst of {@code perMinute}, refilled over a minute.
 */
public class RateLimit {

    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one from the key's allowance; false when it is used up for now. */
    public boolean tryAcquire(long key) {
        return buckets.computeIfAbsent(key, id -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                        .build())
                .tryConsume(1);
    }
}
