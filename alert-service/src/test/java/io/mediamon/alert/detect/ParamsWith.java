package io.mediamon.alert.detect;

import java.lang.reflect.RecordComponent;

/** Test helper: a copy of a {@link DetectorParams} with one numeric component replaced, by name. */
final class ParamsWith {

    private ParamsWith() {
    }

    static DetectorParams gateLevelShare(DetectorParams base, double value) {
        return replaced(base, "gateLevelShare", value);
    }

    static DetectorParams replaced(DetectorParams base, String name, double value) {
        RecordComponent[] components = DetectorParams.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(name)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(base);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + name);
            }
            return DetectorParams.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
