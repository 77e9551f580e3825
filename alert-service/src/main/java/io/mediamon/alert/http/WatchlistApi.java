package io.mediamon.alert.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.alert.topology.AlertTopology;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.runtime.HttpExchanges;
import io.mediamon.common.serde.Json;
import io.mediamon.common.topic.Topic;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code GET /watchlist}, and {@code GET}, {@code PUT} and {@code DELETE /watchlist/{entity}}. Writes go to the
 * compacted watchlist topic, which every alert-service instance reads as a global store, so a change applies
 * everywhere without a restart. {@code PUT} takes the body {@link WatchRuleRequest} describes; a rule that would
 * match everything, or whose query does not parse, gets a 400 with the reason.
 */
public final class WatchlistApi implements HttpHandler, AutoCloseable {
    private static final String PREFIX = "/watchlist";

    private final KafkaStreams streams;
    private final Topic<String, WatchRule> topic;
    private final KafkaProducer<String, WatchRule> producer;
    private final WatchRuleRequest request;

    /**
     * {@code producerProperties} should be durable ({@code KafkaSettings.durableProducerProperties()});
     * {@code queryProblem} says why a topic query does not parse, or returns empty when it does.
     */
    public WatchlistApi(KafkaStreams streams, Topic<String, WatchRule> topic, Properties producerProperties,
            Function<String, Optional<String>> queryProblem) {
        this.streams = streams;
        this.request = new WatchRuleRequest(queryProblem);
        this.topic = topic;
        this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                topic.valueSerde().serializer());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String rest = path.length() > PREFIX.length() ? path.substring(PREFIX.length() + 1) : "";
        String entity = URLDecoder.decode(rest, StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        if (entity.isEmpty()) {
            if ("GET".equals(method)) {
                listAll(exchange);
            } else {
                HttpExchanges.error(exchange, 405, "use GET /watchlist, or PUT/DELETE /watchlist/{entity}");
            }
            return;
        }
        if (entity.contains("/") || entity.length() > 200) {
            HttpExchanges.error(exchange, 400, "entity id must be a single path segment of at most 200 characters");
            return;
        }
        switch (method) {
            case "GET" -> getOne(exchange, entity);
            case "PUT" -> put(exchange, entity);
            case "DELETE" -> delete(exchange, entity);
            default -> HttpExchanges.error(exchange, 405, "use GET, PUT or DELETE");
        }
    }

    private ReadOnlyKeyValueStore<String, WatchRule> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.WATCHLIST_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private void listAll(HttpExchange exchange) throws IOException {
        try {
            List<WatchRule> rules = new ArrayList<>();
            try (KeyValueIterator<String, WatchRule> all = store().all()) {
                while (all.hasNext()) {
                    KeyValue<String, WatchRule> next = all.next();
                    rules.add(next.value);
                }
            }
            HttpExchanges.json(exchange, 200, Map.of("watchlist", rules));
        } catch (InvalidStateStoreException e) {
            HttpExchanges.error(exchange, 503, "watchlist not ready yet: " + e.getMessage());
        }
    }

    private void getOne(HttpExchange exchange, String entity) throws IOException {
        try {
            WatchRule rule = store().get(entity);
            if (rule == null) {
                HttpExchanges.error(exchange, 404, "entity " + entity + " is not on the watchlist");
            } else {
                HttpExchanges.json(exchange, 200, rule);
            }
        } catch (InvalidStateStoreException e) {
            HttpExchanges.error(exchange, 503, "watchlist not ready yet: " + e.getMessage());
        }
    }

    private void put(HttpExchange exchange, String entity) throws IOException {
        byte[] body = HttpExchanges.readBody(exchange, 64 * 1024);
        if (body == null) {
            HttpExchanges.error(exchange, 413, "watch rule larger than 64 KiB");
            return;
        }
        JsonNode node;
        try {
            node = body.length == 0 ? Json.mapper().createObjectNode() : Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            HttpExchanges.error(exchange, 400, "not valid JSON: " + e.getOriginalMessage());
            return;
        }
        WatchRuleRequest.Parsed parsed = request.parse(entity, node);
        if (parsed.problem() != null) {
            HttpExchanges.error(exchange, 400, parsed.problem());
            return;
        }
        WatchRule rule = parsed.rule();
        if (send(exchange, entity, rule)) {
            HttpExchanges.json(exchange, 200, rule);
        }
    }

    private void delete(HttpExchange exchange, String entity) throws IOException {
        if (send(exchange, entity, null)) {
            HttpExchanges.json(exchange, 200, Map.of("entityId", entity, "status", "removed"));
        }
    }

    private boolean send(HttpExchange exchange, String entity, WatchRule rule) throws IOException {
        try {
            producer.send(new ProducerRecord<>(topic.name(), entity, rule)).get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            HttpExchanges.error(exchange, 503, "Kafka did not acknowledge the watchlist change: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.error(exchange, 503, "interrupted");
            return false;
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
