package dk.coi.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * How often one person (or client address, or other key) may do something: Bucket4j token buckets, one per
 * key, in this node's memory: {@code allowance} per {@code period}, given back whole when the period is over (not bit by
 * bit, which let a slow machine's eleventh save within a minute through). A key's bucket is
 * forgotten once it has been full again for a while, so the keys seen do not pile up.
 */
public class RateLimit<K> {

    /** Keys remembered at most (the least used forgotten first), so that a flood of new keys cannot fill memory. */
    private static final long MAX_KEYS = 100_000;

    private final int allowance;
    private final Duration period;
    private final Cache<K, Bucket> buckets;

    public RateLimit(int allowance, Duration period) {
        this.allowance = allowance;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period.multipliedBy(2))
                .maximumSize(MAX_KEYS).build();
    }

    /** A limit of {@code perMinute}, refilled over a minute. */
    public RateLimit(int perMinute) {
        this(perMinute, Duration.ofMinutes(1));
    }

    /** Takes one from the key's allowance; false when it is used up for now. */
    public boolean tryAcquire(K key) {
        return bucket(key).tryConsume(1);
    }

    /**
     * Takes one from the key's allowance and says what is left, for a client that is told its limit (HTTP's
     * {@code RateLimit-*} and {@code Retry-After} headers).
     */
    public Attempt attempt(K key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return new Attempt(probe.isConsumed(), allowance, probe.getRemainingTokens(),
                Duration.ofNanos(probe.isConsumed() ? probe.getNanosToWaitForReset()
                        : probe.getNanosToWaitForRefill()));
    }

    /**
     * What one attempt found: whether it was allowed, the allowance per period, how many are left, and how long until
     * the allowance is whole again (allowed) or until the next attempt may be (refused).
     */
    public record Attempt(boolean allowed, int allowance, long remaining, Duration untilReset) {

        /** The wait in whole seconds, rounded up, as HTTP headers say it. */
        public long secondsUntilReset() {
            return (untilReset.toMillis() + 999) / 1000;
        }
    }

    private Bucket bucket(K key) {
        return buckets.get(key, unused -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillIntervally(allowance, period).build())
                .build());
    }
}
