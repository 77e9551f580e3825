package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The three sentiment classes, the one label type from the scorer to the alert. The order is fixed: it is the
 * order of the sentiment model's weight columns. In JSON a label is its lower-case {@link #text()}.
 */
public enum SentimentLabel {
    NEGATIVE("negative", -1),
    NEUTRAL("neutral", 0),
    POSITIVE("positive", 1);

    private final String text;
    private final int sign;

    SentimentLabel(String text, int sign) {
        this.text = text;
        this.sign = sign;
    }

    @JsonValue
    public String text() {
        return text;
    }

    public int sign() {
        return sign;
    }

    /** NewsMTSC polarity codes: 2.0 negative, 4.0 neutral, 6.0 positive. */
    public static SentimentLabel fromNewsMtscPolarity(double polarity) {
        if (polarity < 3.0) {
            return NEGATIVE;
        }
        return polarity > 5.0 ? POSITIVE : NEUTRAL;
    }

    @JsonCreator
    public static SentimentLabel fromText(String text) {
        for (SentimentLabel label : values()) {
            if (label.text.equals(text)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown sentiment label: " + text);
    }

    @Override
    public String toString() {
        return text;
    }
}
