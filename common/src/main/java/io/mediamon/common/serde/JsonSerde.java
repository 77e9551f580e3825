package io.mediamon.common.serde;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one Jackson serde for every event record. Null maps to null both ways (tombstones);
 * bytes that are not valid JSON for the type raise {@link SerializationException}.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final JavaType type;
    private final ObjectMapper mapper;

    private JsonSerde(JavaType type) {
        this.mapper = Json.mapper();
        this.type = type;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(Json.mapper().constructType(type));
    }

    public Class<?> targetType() {
        return type.getRawClass();
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot serialise " + type.getRawClass().getSimpleName()
                    + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            T value = mapper.readValue(data, type);
            if (value == null) {
                throw new SerializationException("JSON null is not a valid " + type.getRawClass().getSimpleName()
                        + " on topic " + topic);
            }
            return value;
        } catch (IOException e) {
            throw new SerializationException("bad " + type.getRawClass().getSimpleName() + " on topic " + topic
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable bytes";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // configured by construction
    }

    @Override
    public void close() {
        // stateless
    }
}
