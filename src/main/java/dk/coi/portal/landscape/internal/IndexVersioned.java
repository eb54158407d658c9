package dk.coi.portal.landscape.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Values worked out from the cases index, kept only while the index stays as it was: the values kept for one
 * {@link CasesIndex#version()} are all dropped as soon as a search sees another. A value worked out while the index
 * changed is kept under the version read before it, so it is at worst dropped too soon, never served after a change.
 */
final class IndexVersioned<K, V> {

    private final AtomicReference<Kept<K, V>> kept = new AtomicReference<>(new Kept<>(null, Map.of()));

    /** The values kept for {@code version}, to read and add to; empty at first and after the index changed. */
    Map<K, V> at(Object version) {
        return kept.updateAndGet(now -> version.equals(now.version()) ? now
                : new Kept<>(version, new ConcurrentHashMap<>())).values();
    }

    /** The values kept for the version a search saw last (to tell their size). */
    Map<K, V> current() {
        return kept.get().values();
    }

    private record Kept<K, V>(Object version, Map<K, V> values) {
    }
}
