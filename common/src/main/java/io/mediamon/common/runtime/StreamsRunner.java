package io.mediamon.common.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.mediamon.common.streams.StreamsDefaults;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one topology: binds its metrics, installs the uncaught-exception handler, answers liveness
 * (running or rebalancing, and fewer than N thread replacements within M minutes) and readiness (running,
 * with its source topics present), and closes with a bound.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final TopicPresence sourceTopics;
    private final ThreadReplacements replacements;

    public StreamsRunner(String name, Topology topology, Properties properties, MeterRegistry registry,
                         Collection<String> sourceTopics) {
        this.name = name;
        this.streams = new KafkaStreams(topology, properties);
        this.sourceTopics = new TopicPresence(properties, sourceTopics);
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        this.replacements = new ThreadReplacements(
                Integer.parseInt(properties.getOrDefault(StreamsDefaults.MAX_THREAD_REPLACEMENTS, 3).toString()),
                Duration.ofMillis(Long.parseLong(properties.getOrDefault(StreamsDefaults.REPLACEMENT_WINDOW_MS,
                        600_000L).toString())), Clock.systemUTC());
        registry.gauge("mediamon.streams.thread.replacements", replacements, ThreadReplacements::recent);
        streams.setUncaughtExceptionHandler(exception -> {
            replacements.record();
            LOG.error("{}: stream thread died ({} replacements within {}); replacing it", name,
                    replacements.recent(), replacements.window(), exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, previous) -> LOG.info("{}: {} -> {}", name, previous, next));
    }

    public StreamsRunner start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Stream-thread replacements within the liveness window. */
    public int recentThreadReplacements() {
        return replacements.recent();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public HealthCheck liveness() {
        return () -> {
            KafkaStreams.State state = streams.state();
            boolean alive = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                    || state == KafkaStreams.State.CREATED;
            if (alive && replacements.exhausted()) {
                return HealthCheck.Status.down(name + ": " + replacements.recent()
                        + " stream-thread replacements within " + replacements.window() + " (more than "
                        + replacements.max() + ")");
            }
            return new HealthCheck.Status(alive, name + " is " + state);
        };
    }

    public HealthCheck readiness() {
        return () -> {
            KafkaStreams.State state = streams.state();
            if (state != KafkaStreams.State.RUNNING) {
                return HealthCheck.Status.down(name + " is " + state);
            }
            HealthCheck.Status topics = sourceTopics.check();
            if (!topics.ok()) {
                return HealthCheck.Status.down(name + ": " + topics.detail());
            }
            return HealthCheck.Status.up(name + " is RUNNING");
        };
    }

    @Override
    public void close() {
        LOG.info("{}: closing", name);
        // a bounded close that also leaves the group, so the remaining instances take over this instance's
        // partitions at once rather than after the session timeout
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        metrics.close();
        sourceTopics.close();
    }
}
