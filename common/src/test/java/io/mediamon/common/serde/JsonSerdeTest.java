package io.mediamon.common.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.common.event.Article;
import io.mediamon.common.event.WatchRule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private final JsonSerde<Article> serde = JsonSerde.of(Article.class);

    @Test
    void shouldRoundTripARecordWithTimes() {
        Article article = new Article("u1", "https://example.com/a", "Title", "Body", "example.com", null, "en",
                Instant.parse("2024-03-15T16:15:00Z"), Instant.parse("2024-03-15T16:20:00Z"), "http");

        byte[] bytes = serde.serialize("t", article);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"publishedAt\":\"2024-03-15T16:15:00Z\"")
                .doesNotContain("author");
        assertThat(serde.deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void shouldMapNullToNullBothWays() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void shouldThrowSerializationExceptionOnBadBytes() {
        assertThatThrownBy(() -> serde.deserialize("raw", "{\"id\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("bad Article on topic raw");
        assertThatThrownBy(() -> serde.deserialize("raw", "null".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> JsonSerde.of(WatchRule.class).deserialize("w",
                "{\"entityId\":\"Q1\",\"sensitivity\":null}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldIgnoreFieldsAddedByNewerWriters() {
        Article read = serde.deserialize("t", ("{\"id\":\"c1\",\"title\":\"T\",\"body\":\"B\",\"source\":\"file\","
                + "\"ingestedAt\":\"2024-01-01T00:00:00Z\",\"futureField\":42}").getBytes(StandardCharsets.UTF_8));

        assertThat(read.id()).isEqualTo("c1");
    }
}
