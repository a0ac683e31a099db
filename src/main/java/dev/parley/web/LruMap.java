package dev.parley.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps its {@code capacity} most recently used entries (callers synchronise on it). */
final class LruMap<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    LruMap(int capacity) {
        super(capacity, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
