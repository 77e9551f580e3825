package io.mediamon.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from OpenNLP's English model (jar {@code opennlp-models-sentdetect-en}). The model
 * is loaded once per JVM and shared; {@link SentenceDetectorME} is not thread-safe, so each thread gets
 * its own detector.
 */
public final class SentenceSplitter {
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final class ModelHolder {
        static final SentenceModel MODEL = load();
    }

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL));

    /** Sentence spans of {@code text}, trimmed of surrounding whitespace. */
    public Span[] split(String text) {
        return detector.get().sentPosDetect(text);
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model", e);
        }
    }
}
