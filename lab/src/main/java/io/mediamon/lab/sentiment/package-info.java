/**
 * Training and evaluation of the target-dependent sentiment models on NewsMTSC and PerSenT: deterministic trainers
 * (same data and options give a byte-identical model file) for the fast linear model and the contextual head, and
 * evaluators with a whole-sentence lexicon baseline.
 */
package io.mediamon.lab.sentiment;
