package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How analysis found a party: from its gazetteer, from the runtime watchlist, or by recognising the name. */
public enum PartySource {
    GAZETTEER, WATCHLIST, RECOGNISED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PartySource fromJson(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
