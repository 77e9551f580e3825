package io.mediamon.lab.nab;

import io.mediamon.alert.detect.DetectorParams;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Named numeric settings of {@link DetectorParams}: reading and overriding them by component name, and the grid of
 * nearby settings the robustness report scores.
 */
public final class ParamGrid {

    private ParamGrid() {
    }

    /** Every numeric component of {@code p} by name, in declaration order. */
    public static Map<String, Double> values(DetectorParams p) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RecordComponent c : DetectorParams.class.getRecordComponents()) {
            if (c.getType() == double.class) {
                out.put(c.getName(), (Double) invoke(c, p));
            }
        }
        return out;
    }

    /** {@code base} with the named numeric components replaced; an unknown name is an error. */
    public static DetectorParams with(DetectorParams base, Map<String, Double> overrides) {
        RecordComponent[] comps = DetectorParams.class.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            args[i] = invoke(comps[i], base);
        }
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            int at = -1;
            for (int i = 0; i < comps.length; i++) {
                if (comps[i].getName().equals(o.getKey()) && types[i] == double.class) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("no numeric detector parameter named " + o.getKey()
                        + "; known: " + values(base).keySet());
            }
            args[at] = o.getValue();
        }
        try {
            Constructor<DetectorParams> ctor = DetectorParams.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code name=value} pairs. */
    public static Map<String, Double> parse(List<String> pairs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected name=value, got " + pair);
            }
            out.put(pair.substring(0, eq).trim(), Double.parseDouble(pair.substring(eq + 1).trim()));
        }
        return out;
    }

    /**
     * Nearby settings: each tunable parameter alone at x0.8 and x1.25, then {@code joint} settings in which every
     * tunable parameter is multiplied by an independent factor drawn log-uniformly from [0.8, 1.25] (fixed seed).
     * {@code minExpected} is left alone: it is a numerical floor. ({@code alertScore} is varied: NAB chooses its
     * own threshold, but the detector's quiet period starts when a score reaches {@code alertScore}.)
     */
    public static List<Map<String, Double>> nearby(DetectorParams base, int joint, long seed) {
        Map<String, Double> v = values(base);
        v.remove("minExpected");
        List<Map<String, Double>> grid = new ArrayList<>();
        for (Map.Entry<String, Double> e : v.entrySet()) {
            for (double f : new double[] {0.8, 1.25}) {
                grid.add(Map.of(e.getKey(), e.getValue() * f));
            }
        }
        Random rnd = new Random(seed);
        for (int k = 0; k < joint; k++) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : v.entrySet()) {
                m.put(e.getKey(), e.getValue() * Math.exp(Math.log(1.25) * (2 * rnd.nextDouble() - 1)));
            }
            grid.add(m);
        }
        return grid;
    }

    private static Object invoke(RecordComponent c, DetectorParams p) {
        try {
            return c.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
