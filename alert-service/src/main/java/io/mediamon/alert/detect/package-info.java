/**
 * Coverage-spike detection and its NAB benchmark.
 *
 * <p>Embedding (one state per watched entity, e.g. in a Kafka Streams key-value store):
 * <pre>{@code
 * SpikeDetector detector = new SpikeDetector(DetectorParams.defaults());   // stateless, thread-safe, share it
 * DetectorState state = stored == null ? detector.initial() : DetectorState.fromBytes(stored);
 * Detection d = detector.observe(state, intervalStart, count, sensitivity); // mutates state in place
 * store.put(entity, state.toBytes());                                      // JSON via the shared mapper
 * if (d.anomalous()) { ... d.score(), d.expected(), d.deviation(), d.reason() ... }
 * // Early firing on a still-open interval; does not touch the state:
 * Detection early = detector.observePartial(state, now, countSoFar, fractionElapsed, sensitivity);
 * }</pre>
 * Drops (coverage drying up, a feed outage) are reported when asked for:
 * {@code new SpikeDetector(DetectorParams.defaults().withDirection(Direction.BOTH))} (or {@code DOWN}).
 * Observations must arrive in time order per entity; the interval length (5 minutes, an hour) is free but should
 * stay the same for one entity. The state is fixed-size (about 450 numbers) and every call is O(1).
 *
 * <p>Benchmarks live outside the service jar, in the {@code lab} module ({@code io.mediamon.lab.nab}):
 * {@code ./mediamon nab} (NAB corpus, NAB's own scoring) and {@code ./mediamon eval sparse-spikes}.
 */
package io.mediamon.alert.detect;
