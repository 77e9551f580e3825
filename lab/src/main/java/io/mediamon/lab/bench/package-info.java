/** Benchmarks: the language pipeline in-process ({@code bench nlp}) and a no-op tagger for the pipeline bench. */
package io.mediamon.lab.bench;
