package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a watched or recognised party. JSON values are lower case: {@code "person"}, ... */
public enum EntityType {
    PERSON, ORGANISATION, COUNTRY, PLACE, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON value; {@code organization} is accepted as a spelling of {@code organisation}. */
    @JsonCreator
    public static EntityType fromJson(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if ("organization".equals(v)) {
            return ORGANISATION;
        }
        for (EntityType t : values()) {
            if (t.json().equals(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + value
                + "': use person, organisation, country, place or other");
    }
}
