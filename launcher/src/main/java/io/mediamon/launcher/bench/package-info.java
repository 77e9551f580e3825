/**
 * Benchmark commands that print their figures: end to end against a pass-through app, the language work alone, and
 * alert latency.
 */
package io.mediamon.launcher.bench;
