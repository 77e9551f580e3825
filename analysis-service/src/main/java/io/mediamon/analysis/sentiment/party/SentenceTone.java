package io.mediamon.analysis.sentiment.party;

import io.mediamon.analysis.sentiment.TokenWords;

/**
 * The lexical tone of one sentence, for the article-level decision: summed positive and negative word valence
 * (a negator up to three words before flips a word), the number of words, and how many words of each news kind the
 * domain lexicon names (praise or success, criticism, misfortune or conflict).
 */
record SentenceTone(double positive, double negative, int words, int praise, int criticism, int misfortune) {
    private static final int NEGATION_SCOPE = 3;

    static final SentenceTone NONE = new SentenceTone(0, 0, 0, 0, 0, 0);

    static SentenceTone of(TokenWords words) {
        double pos = 0;
        double neg = 0;
        int count = 0;
        int praise = 0;
        int criticism = 0;
        int misfortune = 0;
        int lastNegator = -NEGATION_SCOPE - 1;
        for (int i = 0; i < words.size(); i++) {
            if (!words.word(i)) {
                continue;
            }
            count++;
            if (words.isNegator(i)) {
                lastNegator = i;
                continue;
            }
            double v = words.valence(i);
            if (v != 0 && i - lastNegator <= NEGATION_SCOPE) {
                v = -v * 0.5;
            }
            if (v > 0) {
                pos += v;
            } else {
                neg -= v;
            }
            String kind = words.kind(i);
            if (kind != null) {
                switch (kind) {
                    case "praise", "success" -> praise++;
                    case "criticism" -> criticism++;
                    case "misfortune", "conflict" -> misfortune++;
                    default -> {
                    }
                }
            }
        }
        return new SentenceTone(pos, neg, count, praise, criticism, misfortune);
    }

    SentenceTone plus(SentenceTone o) {
        return new SentenceTone(positive + o.positive, negative + o.negative, words + o.words, praise + o.praise,
                criticism + o.criticism, misfortune + o.misfortune);
    }

    /** Per ten words, so that long articles do not add up to more than short ones. */
    double per10(double v) {
        return words == 0 ? 0 : 10 * v / words;
    }
}
