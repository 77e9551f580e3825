package io.mediamon.common.runtime;

import io.mediamon.common.config.KafkaSettings;
import io.mediamon.common.topic.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the catalogue's topics when they are missing, with the configured partitions and replication. */
public final class TopicBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(TopicBootstrap.class);

    private TopicBootstrap() {
    }

    public static void ensureTopics(KafkaSettings kafka, Collection<Topic<String, ?>> topics) {
        if (!kafka.createTopics()) {
            return;
        }
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<String, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    NewTopic newTopic = new NewTopic(topic.name(), kafka.partitions(), kafka.replicationFactor());
                    if (topic.compacted()) {
                        newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(newTopic);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + kafka.bootstrapServers() + " to create topics: "
                    + e.getMessage(), e);
        }
    }

    /** The subset of {@code names} that exists on the cluster now. */
    public static Set<String> existing(Admin admin, Collection<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> all = admin.listTopics().names().get(5, TimeUnit.SECONDS);
        return Set.copyOf(names.stream().filter(all::contains).toList());
    }
}
