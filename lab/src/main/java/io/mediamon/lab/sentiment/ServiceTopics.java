package io.mediamon.lab.sentiment;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.analysis.sentiment.contextual.CascadeTargetScorer;
import io.mediamon.analysis.sentiment.contextual.ContextualTargetScorer;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.TopicMode;

/**
 * The topic stage the service runs beside a scorer of this kind when {@code MEDIAMON_TOPICS} is not set: the model
 * with contextual sentiment, rules with fast. The article-level evaluations use it so the sentiment they measure sees
 * what it sees in the service: with the model, the headline and lead are encoded before sentiment runs, and the
 * cascade reads them in context at no cost.
 */
final class ServiceTopics {

    private ServiceTopics() {
    }

    static ArticleTopics forScorer(TargetScorer scorer) {
        boolean contextual = scorer instanceof CascadeTargetScorer || scorer instanceof ContextualTargetScorer;
        return ArticleTopics.create(contextual ? TopicMode.MODEL : TopicMode.RULES, null, null,
                EncoderSettings.defaults());
    }
}
