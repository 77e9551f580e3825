package io.mediamon.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects an article's language with OpenNLP's language-detection model ({@code langdetect-183.bin}, 103
 * languages, from the {@code opennlp-models-langdetect} artifact). Answers ISO 639-1 codes where one exists
 * ({@code eng} becomes {@code en}), otherwise the model's ISO 639-3 code. Thread-safe.
 */
public final class LanguageDetector {
    private static final String MODEL = "langdetect-183.bin";
    private static final int MAX_CHARS = 3_000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final LanguageDetectorModel model;
    private final double minLead;
    private final int minLetters;

    private LanguageDetector(LanguageDetectorModel model, double minLead, int minLetters) {
        this.model = model;
        this.minLead = minLead;
        this.minLetters = minLetters;
    }

    /** The bundled model, loaded once per JVM (about a second) and shared. */
    public static LanguageDetector bundled() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        private static final LanguageDetector INSTANCE = load();
    }

    private static LanguageDetector load() {
        try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is missing from the classpath (opennlp-models-langdetect)");
            }
            return new LanguageDetector(new LanguageDetectorModel(in), 1.8, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /** The language of the text, or empty when the text is too short or the model is unsure. */
    public Optional<String> detect(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < minLetters) {
            return Optional.empty();
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
        // the model's scores are spread over 103 languages: trust a clear lead over the runner-up, not a level
        if (ranked[0].getConfidence() < minLead * runnerUp) {
            return Optional.empty();
        }
        return Optional.of(toIso1(ranked[0].getLang()));
    }

    static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (RuntimeException e) {
                // a code without a three-letter form keeps the model's code
            }
        }
        // macrolanguage members the model names by their individual code
        map.put("cmn", "zh");
        map.put("zsm", "ms");
        map.put("pes", "fa");
        map.put("nob", "no");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("arb", "ar");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        map.put("khk", "mn");
        return Map.copyOf(map);
    }
}
