/** The language pipeline of one article: clean, tokenize once, parties, topics, sentiment, fingerprint. */
package io.mediamon.analysis.pipeline;
