/**
 * Training and evaluation of the target-dependent sentiment model on NewsMTSC: a deterministic trainer (same data
 * and options give a byte-identical model file) and an evaluator with a whole-sentence lexicon baseline.
 */
package io.mediamon.lab.sentiment;
