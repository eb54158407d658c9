package dk.coi.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * How often one person (or client address, or other key) may do something: Bucket4j token buckets, one per
 * key, in this node's memory: {@code allowance} per {@code period}, given back whole when the period is over (not bit by
 * bit, which let a slow machine's eleventh save within a minute through). A key's bucket is
 * forgotten once it has been full again for a while, so the keys seen do not pile up.
 */
public class RateLimit<K> {

    private final int allowance;
    private final Duration period;
    private final Cache<K, Bucket> buckets;

    public RateLimit(int allowance, Duration period) {
        this.allowance = allowance;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** A limit of {@code perMinute}, refilled over a minute. */
    public RateLimit(int perMinute) {
        this(perMinute, Duration.ofMinutes(1));
    }

    /** Takes one from the key's allowance; false when it is used up for now. */
    public boolean tryAcquire(K key) {
        return buckets.get(key, unused -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(allowance).refillIntervally(allowance, period).build())
                        .build())
                .tryConsume(1);
    }
}
