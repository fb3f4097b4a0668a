package org.cables.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of content (rendered Markdown, marked passages), so
 * that pages do not render the same text again for every visitor. Holds at most {@code capacity}
 * results, dropping the least recently used; after a content reload the changed texts are new
 * keys and the old results age out.
 */
public final class Memo<K, V> {

    private final Map<K, V> results;
    private final Function<? super K, ? extends V> function;

    /** A memo of {@code function}. */
    public Memo(int capacity, Function<? super K, ? extends V> function) {
        this.function = function;
        this.results = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A memo whose callers say how to compute a missing result ({@link #get(Object, Function)}). */
    public Memo(int capacity) {
        this(capacity, key -> {
            throw new IllegalStateException("No way to compute " + key);
        });
    }

    public V get(K key) {
        return get(key, function);
    }

    /** The result for the key, computed by {@code compute} (a pure function of the key) if missing. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        synchronized (results) {
            V known = results.get(key);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two visitors may both compute a result; neither waits.
        V value = compute.apply(key);
        synchronized (results) {
            results.put(key, value);
        }
        return value;
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }
}
