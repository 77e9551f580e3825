package io.mediamon.analysis.sentiment;

import io.mediamon.common.event.Sentiment;

/** The three classes, in the fixed order used by the model's weight columns. */
public enum SentimentLabel {
    NEGATIVE(Sentiment.NEGATIVE, -1),
    NEUTRAL(Sentiment.NEUTRAL, 0),
    POSITIVE(Sentiment.POSITIVE, 1);

    private final String text;
    private final int sign;

    SentimentLabel(String text, int sign) {
        this.text = text;
        this.sign = sign;
    }

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

    public static SentimentLabel fromText(String text) {
        for (SentimentLabel label : values()) {
            if (label.text.equals(text)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown sentiment label: " + text);
    }
}
