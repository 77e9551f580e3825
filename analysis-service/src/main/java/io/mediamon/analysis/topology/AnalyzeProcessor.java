package io.mediamon.analysis.topology;

import io.mediamon.analysis.pipeline.ArticleTagging;
import io.mediamon.common.event.Article;
import io.mediamon.common.event.DeadLetter;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.serde.Json;
import io.mediamon.common.streams.DeadLetters;
import io.mediamon.common.streams.Decoded;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs the language pipeline on one article. An article the pipeline cannot handle becomes a dead letter
 * with the reason; the records after it go on.
 */
final class AnalyzeProcessor implements FixedKeyProcessor<String, Article, Decoded<TaggedArticle>> {
    private final ArticleTagging tagging;
    private FixedKeyProcessorContext<String, Decoded<TaggedArticle>> context;

    AnalyzeProcessor(ArticleTagging tagging) {
        this.tagging = tagging;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Decoded<TaggedArticle>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        try {
            context.forward(record.withValue(Decoded.ok(tagging.tag(record.value()))));
        } catch (RuntimeException e) {
            byte[] payload = Json.mapper().valueToTree(record.value()).toString().getBytes(StandardCharsets.UTF_8);
            context.forward(record.withValue(Decoded.failed(DeadLetters.of("analysis-service",
                    DeadLetter.Stage.ANALYZE,
                    context.recordMetadata().orElse(null), record.key(), payload,
                    "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e))));
        }
    }
}
