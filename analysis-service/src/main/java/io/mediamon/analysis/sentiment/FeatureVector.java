package io.mediamon.analysis.sentiment;

import java.util.Arrays;

/** Sparse named features with values and, per feature, the text cue that produced it (may be null). */
public final class FeatureVector {

    private String[] names = new String[64];
    private float[] values = new float[64];
    private String[] cues = new String[64];
    private int size;

    public void add(String name, float value, String cue) {
        if (size == names.length) {
            int cap = size * 2;
            names = Arrays.copyOf(names, cap);
            values = Arrays.copyOf(values, cap);
            cues = Arrays.copyOf(cues, cap);
        }
        names[size] = name;
        values[size] = value;
        cues[size] = cue;
        size++;
    }

    public void add(String name, String cue) {
        add(name, 1f, cue);
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }

    public float value(int i) {
        return values[i];
    }

    public String cue(int i) {
        return cues[i];
    }
}
