package io.mediamon.common.topic;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with its key and value serdes. Only {@link TopicCatalogue} creates these.
 *
 * @param logicalName the catalogue key, used for configuration and schema files ({@code articles-raw})
 * @param name        the Kafka topic name in force
 * @param compacted   whether the topic uses log compaction
 */
public record Topic<K, V>(String logicalName, String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

    /** Path of the JSON Schema for this topic's values, on the classpath and in the repo. */
    public String schemaResource() {
        return "schemas/" + logicalName + ".schema.json";
    }
}
