/**
 * Target-dependent sentiment: what a news sentence says about one mention in it.
 *
 * <p>The seam is {@link io.mediamon.analysis.sentiment.TargetScorer}: it takes the article tokenized once
 * ({@link io.mediamon.analysis.text.ArticleText}), a sentence and the target's token span. The production scorer,
 * {@link io.mediamon.analysis.sentiment.LearnedTargetScorer}, is {@link io.mediamon.analysis.sentiment.ClauseSegmenter}
 * → {@link io.mediamon.analysis.sentiment.PolarityTagger} (VADER word list + mediamon's domain lexicon, with negation,
 * intensifiers, dampeners and hedges) → {@link io.mediamon.analysis.sentiment.TargetFeatureExtractor} (opinion words
 * by side, distance and clause relative to the target; the target's role: subject, object, agent of a passive,
 * possessor, speaker or reported-about; contrast position; domain kinds that separate criticism of the target from bad
 * news befalling it; a few sentence-global words and scores) → {@link io.mediamon.analysis.sentiment.LinearSoftmaxModel}.
 * Article-level pooling per party is in {@code sentiment.party}.
 *
 * <p>Training and evaluation live in the {@code lab} module ({@code io.mediamon.lab.sentiment}), outside the service
 * jar. The default model is the resource {@code sentiment/tsc-model.tsv}.
 */
package io.mediamon.analysis.sentiment;
