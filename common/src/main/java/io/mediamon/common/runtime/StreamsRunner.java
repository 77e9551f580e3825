package io.mediamon.common.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one topology: binds its metrics, installs the uncaught-exception handler, answers liveness
 * (running or rebalancing) and readiness (running, with its source topics present), and closes with a bound.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);
    private static final long TOPIC_CHECK_INTERVAL_MS = 5_000;

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final Admin admin;
    private final List<String> sourceTopics;
    private final AtomicLong lastTopicCheck = new AtomicLong();
    private volatile boolean sourceTopicsPresent;

    public StreamsRunner(String name, Topology topology, Properties properties, MeterRegistry registry,
                         Collection<String> sourceTopics) {
        this.name = name;
        this.streams = new KafkaStreams(topology, properties);
        this.sourceTopics = List.copyOf(sourceTopics);
        Properties adminProps = new Properties();
        for (String key : properties.stringPropertyNames()) {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                adminProps.put(key, properties.get(key));
            }
        }
        this.admin = Admin.create(adminProps);
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("{}: stream thread died; replacing it", name, exception);
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

    public KafkaStreams.State state() {
        return streams.state();
    }

    public HealthCheck liveness() {
        return () -> {
            KafkaStreams.State state = streams.state();
            boolean alive = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                    || state == KafkaStreams.State.CREATED;
            return new HealthCheck.Status(alive, name + " is " + state);
        };
    }

    public HealthCheck readiness() {
        return () -> {
            KafkaStreams.State state = streams.state();
            if (state != KafkaStreams.State.RUNNING) {
                return HealthCheck.Status.down(name + " is " + state);
            }
            if (!sourceTopicsPresent()) {
                return HealthCheck.Status.down(name + " is missing source topics " + sourceTopics);
            }
            return HealthCheck.Status.up(name + " is RUNNING");
        };
    }

    private boolean sourceTopicsPresent() {
        long now = System.currentTimeMillis();
        long last = lastTopicCheck.get();
        if (sourceTopicsPresent && now - last < TOPIC_CHECK_INTERVAL_MS) {
            return true;
        }
        if (lastTopicCheck.compareAndSet(last, now)) {
            try {
                Set<String> found = TopicBootstrap.existing(admin, sourceTopics);
                sourceTopicsPresent = found.size() == sourceTopics.size();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                sourceTopicsPresent = false;
            }
        }
        return sourceTopicsPresent;
    }

    @Override
    public void close() {
        LOG.info("{}: closing", name);
        // a bounded close that also leaves the group, so the remaining instances take over this instance's
        // partitions at once rather than after the session timeout
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        metrics.close();
        admin.close(Duration.ofSeconds(5));
    }
}
