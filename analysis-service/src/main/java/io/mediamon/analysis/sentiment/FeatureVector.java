package io.mediamon.analysis.sentiment;

import java.util.Arrays;

/**
 * Sparse features with values and, per feature, the text cue that produced it (may be null). A feature is written
 * part by part: {@code fv.begin("w:").part(side).part(d).part(':').part(word).add(cue)}. On the hot path
 * ({@link #hashed()}) only the name's 64-bit hash is kept, so no name string is built; {@link #named()} also keeps
 * the names, for training and tests. Reusable: {@link #clear()} empties it without freeing its arrays. Not
 * thread-safe.
 */
public final class FeatureVector {

    private final boolean keepNames;
    private long[] hashes = new long[128];
    private float[] values = new float[128];
    private String[] cues = new String[128];
    private String[] names;
    private final StringBuilder name;
    private long hash;
    private int size;

    private FeatureVector(boolean keepNames) {
        this.keepNames = keepNames;
        this.names = keepNames ? new String[128] : null;
        this.name = keepNames ? new StringBuilder(48) : null;
    }

    /** Hashes only: what the scorer uses. */
    public static FeatureVector hashed() {
        return new FeatureVector(false);
    }

    /** Hashes and names: what the trainer uses, and tests that read feature names. */
    public static FeatureVector named() {
        return new FeatureVector(true);
    }

    public void clear() {
        size = 0;
    }

    /** Starts a feature name. */
    public FeatureVector begin(String first) {
        hash = FeatureHash.add(FeatureHash.OFFSET, first);
        if (keepNames) {
            name.setLength(0);
            name.append(first);
        }
        return this;
    }

    public FeatureVector part(String s) {
        hash = FeatureHash.add(hash, s);
        if (keepNames) {
            name.append(s);
        }
        return this;
    }

    public FeatureVector part(char c) {
        hash = FeatureHash.add(hash, c);
        if (keepNames) {
            name.append(c);
        }
        return this;
    }

    public FeatureVector part(int n) {
        hash = FeatureHash.add(hash, n);
        if (keepNames) {
            name.append(n);
        }
        return this;
    }

    /** Ends the feature begun with {@link #begin} and adds it with its value. */
    public void add(float value, String cue) {
        if (size == hashes.length) {
            int cap = size * 2;
            hashes = Arrays.copyOf(hashes, cap);
            values = Arrays.copyOf(values, cap);
            cues = Arrays.copyOf(cues, cap);
            if (keepNames) {
                names = Arrays.copyOf(names, cap);
            }
        }
        hashes[size] = hash;
        values[size] = value;
        cues[size] = cue;
        if (keepNames) {
            names[size] = name.toString();
        }
        size++;
    }

    /** Ends the feature begun with {@link #begin} with value 1. */
    public void add(String cue) {
        add(1f, cue);
    }

    /**
     * Adds with value 1 the feature named {@code a + b}, whose name's hash the caller already knows ({@link
     * ContextHashes}); a {@link #named()} vector builds the name and checks the hash against it.
     */
    void addKnown(long knownHash, String cue, String a, String b) {
        if (keepNames) {
            begin(a).part(b);
            check(knownHash);
        }
        hash = knownHash;
        add(1f, cue);
    }

    /** As {@link #addKnown(long, String, String, String)}, for the name {@code a + b + c + d}. */
    void addKnown(long knownHash, String cue, String a, String b, String c, String d) {
        if (keepNames) {
            begin(a).part(b).part(c).part(d);
            check(knownHash);
        }
        hash = knownHash;
        add(1f, cue);
    }

    private void check(long knownHash) {
        if (knownHash != hash) {
            throw new IllegalStateException("feature " + name + " was given a hash not its own");
        }
    }

    /** A whole feature at once. */
    public void add(String featureName, float value, String cue) {
        begin(featureName).add(value, cue);
    }

    public void add(String featureName, String cue) {
        begin(featureName).add(1f, cue);
    }

    public int size() {
        return size;
    }

    public long hash(int i) {
        return hashes[i];
    }

    /** The feature's name; only a {@link #named()} vector keeps names. */
    public String name(int i) {
        if (!keepNames) {
            throw new IllegalStateException("a hashed feature vector keeps no names");
        }
        return names[i];
    }

    public float value(int i) {
        return values[i];
    }

    public String cue(int i) {
        return cues[i];
    }
}
