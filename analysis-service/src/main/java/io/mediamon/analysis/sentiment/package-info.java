/**
 * Target-dependent sentiment: what a news sentence says about one mention in it.
 *
 * <p>Pipeline: {@link io.mediamon.analysis.sentiment.Tokenizer} → {@link io.mediamon.analysis.sentiment.ClauseSegmenter}
 * → {@link io.mediamon.analysis.sentiment.PolarityTagger} (VADER word list + mediamon's domain lexicon, with negation,
 * intensifiers, dampeners and hedges) → {@link io.mediamon.analysis.sentiment.TargetFeatureExtractor} (opinion words
 * by side, distance and clause relative to the target; the target's role — subject, object, agent of a passive,
 * possessor, speaker or reported-about; contrast position; domain kinds that separate criticism of the target from bad
 * news befalling it; a few sentence-global words and scores) → {@link io.mediamon.analysis.sentiment.LinearSoftmaxModel}.
 * {@link io.mediamon.analysis.sentiment.LearnedTargetScorer} wires these together and is the production
 * {@link io.mediamon.analysis.sentiment.TargetScorer}.
 *
 * <p>Training and evaluation on NewsMTSC: {@link io.mediamon.analysis.sentiment.NewsMtscTrainer} (deterministic:
 * the same data and options give a byte-identical model file) and
 * {@link io.mediamon.analysis.sentiment.NewsMtscEvaluator} (confusion matrix, per-class metrics, a whole-sentence
 * lexicon baseline and a one-line JSON summary). The default model is the resource {@code sentiment/tsc-model.tsv}.
 */
package io.mediamon.analysis.sentiment;
