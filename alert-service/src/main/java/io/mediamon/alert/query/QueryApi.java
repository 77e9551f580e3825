package io.mediamon.alert.query;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.query.Answers.EntitySeen;
import io.mediamon.common.event.Alert;
import io.mediamon.common.runtime.HttpExchanges;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The read-only query API over alert-service's state stores: {@code GET /entities},
 * {@code GET /entities/{id}/coverage|outlets|stories|late} and {@code GET /alerts}. Per-entity queries are
 * forwarded to the instance that holds the entity; lists across entities are gathered from every instance.
 * Shapes are documented in the README ("alert-service query API").
 */
public final class QueryApi implements HttpHandler {
    private static final int MAX_ENTITY_CHARS = 200;

    private final LocalHistory local;
    private final InstanceRouter router;
    private final Duration storeBucket;
    private final Duration maxRange;
    private final Clock clock;

    public QueryApi(KafkaStreams streams, SpikeDetector detector, Duration storeBucket, Duration maxRange,
                    URI advertised, Clock clock) {
        this.local = new LocalHistory(streams, detector, storeBucket);
        this.router = new InstanceRouter(streams, advertised);
        this.storeBucket = storeBucket;
        this.maxRange = maxRange;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.error(exchange, 405, "use GET");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        try {
            if (path.equals("/entities") || path.equals("/entities/")) {
                entities(exchange);
            } else if (path.startsWith("/entities/")) {
                entity(exchange, path.substring("/entities/".length()));
            } else if (path.equals("/alerts") || path.equals("/alerts/")) {
                alerts(exchange);
            } else {
                HttpExchanges.error(exchange, 404, "no such path; see GET /entities, /entities/{id}/coverage, "
                        + "/entities/{id}/outlets, /entities/{id}/stories, /entities/{id}/late, /alerts");
            }
        } catch (BadRequest e) {
            HttpExchanges.error(exchange, 400, e.getMessage());
        } catch (InvalidStateStoreException e) {
            HttpExchanges.error(exchange, 503, "state stores are not ready (starting or rebalancing); try again");
        } catch (PeerUnavailable e) {
            HttpExchanges.error(exchange, 503, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpExchanges.error(exchange, 503, "interrupted while asking another instance");
        }
    }

    private QueryParams params(HttpExchange exchange, Set<String> allowed) throws BadRequest {
        return QueryParams.parse(exchange.getRequestURI().getRawQuery(), allowed, maxRange, clock);
    }

    private static boolean forwarded(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst(InstanceRouter.FORWARDED) != null;
    }

    private void entities(HttpExchange exchange)
            throws IOException, BadRequest, InterruptedException, PeerUnavailable {
        QueryParams params = params(exchange, Set.of());
        List<EntitySeen> items = new ArrayList<>(local.entities(params.from(), params.to()));
        if (forwarded(exchange)) {
            HttpExchanges.json(exchange, 200, Map.of("items", items));
            return;
        }
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, EntitySeen.class);
        Map<String, EntitySeen> byId = new LinkedHashMap<>();
        items.forEach(e -> byId.put(e.id(), e));
        for (List<EntitySeen> theirs : this.<EntitySeen>gather(exchange, type)) {
            // an entity lives on one partition; during a rebalance two instances may both answer: keep the fuller
            theirs.forEach(e -> byId.merge(e.id(), e, (a, b) -> a.mentions() >= b.mentions() ? a : b));
        }
        List<EntitySeen> all = new ArrayList<>(byId.values());
        all.sort(LocalHistory.byCoverage());
        HttpExchanges.json(exchange, 200, Page.of(params, all, Map.of()));
    }

    private void alerts(HttpExchange exchange)
            throws IOException, BadRequest, InterruptedException, PeerUnavailable {
        QueryParams params = params(exchange, Set.of("entity"));
        String entity = params.get("entity");
        if (entity != null) {
            checkEntity(entity);
            if (forwardToOwner(exchange, entity)) {
                return;
            }
            HttpExchanges.json(exchange, 200, Page.of(params, local.alerts(entity, params.from(), params.to()),
                    Map.of()));
            return;
        }
        List<Alert> items = new ArrayList<>(local.alerts(null, params.from(), params.to()));
        if (forwarded(exchange)) {
            HttpExchanges.json(exchange, 200, Map.of("items", items));
            return;
        }
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, Alert.class);
        for (List<Alert> theirs : this.<Alert>gather(exchange, type)) {
            items.addAll(theirs);
        }
        Comparator<Alert> order = LocalHistory.newestFirst();
        List<Alert> distinct = items.stream().distinct().sorted(order).toList();
        HttpExchanges.json(exchange, 200, Page.of(params, distinct, Map.of()));
    }

    private void entity(HttpExchange exchange, String rest) throws IOException, BadRequest, InterruptedException {
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            HttpExchanges.error(exchange, 404, "use /entities/{id}/coverage, outlets, stories or late");
            return;
        }
        String entity;
        try {
            entity = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed percent-encoding in the entity id");
        }
        checkEntity(entity);
        String view = rest.substring(slash + 1);
        Set<String> allowed = view.equals("coverage") ? Set.of("bucket") : Set.of();
        if (!Set.of("coverage", "outlets", "stories", "late").contains(view)) {
            HttpExchanges.error(exchange, 404, "unknown view '" + view + "'; use coverage, outlets, stories or late");
            return;
        }
        QueryParams params = params(exchange, allowed);
        Duration width = view.equals("coverage") ? bucketWidth(params.get("bucket")) : null;
        if (forwardToOwner(exchange, entity)) {
            return;
        }
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("entityId", entity);
        switch (view) {
            case "coverage" -> {
                head.put("name", local.name(entity, params.from(), params.to()));
                head.put("bucket", params.get("bucket") == null ? "1h" : params.get("bucket"));
                HttpExchanges.json(exchange, 200, Page.of(params,
                        local.coverage(entity, params.from(), params.to(), width), head));
            }
            case "outlets" -> HttpExchanges.json(exchange, 200, Page.of(params,
                    local.outlets(entity, params.from(), params.to()), head));
            case "stories" -> HttpExchanges.json(exchange, 200, Page.of(params,
                    local.stories(entity, params.from(), params.to()), head));
            default -> HttpExchanges.json(exchange, 200, Page.of(params,
                    local.late(entity, params.from(), params.to()), head));
        }
    }

    private Duration bucketWidth(String bucket) throws BadRequest {
        Duration width;
        if (bucket == null || bucket.equals("1h")) {
            width = Duration.ofHours(1);
        } else if (bucket.equals("1d")) {
            width = Duration.ofDays(1);
        } else {
            throw new BadRequest("'bucket' must be 1h or 1d");
        }
        if (width.toMillis() % storeBucket.toMillis() != 0) {
            throw new BadRequest("'bucket' must be a multiple of the counting window (" + storeBucket + ")");
        }
        return width;
    }

    private static void checkEntity(String entity) throws BadRequest {
        if (entity.isBlank() || entity.contains("/") || entity.length() > MAX_ENTITY_CHARS) {
            throw new BadRequest("entity id must be one path segment of 1 to " + MAX_ENTITY_CHARS + " characters");
        }
    }

    /** Relays the request to the instance that holds the entity; false when this instance answers itself. */
    private boolean forwardToOwner(HttpExchange exchange, String entity) throws IOException, InterruptedException {
        if (forwarded(exchange)) {
            return false;
        }
        URI owner = router.ownerOf(entity);
        if (owner == null) {
            return false;
        }
        try {
            HttpResponse<byte[]> answer = router.get(owner, exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            HttpExchanges.send(exchange, answer.statusCode(), "application/json", answer.body());
        } catch (IOException e) {
            HttpExchanges.error(exchange, 503, "the instance holding " + entity + " (" + owner + ") did not answer");
        }
        return true;
    }

    /** Every other instance's local items, for lists across entities. */
    private <T> List<List<T>> gather(HttpExchange exchange, JavaType listType)
            throws PeerUnavailable, InterruptedException {
        List<List<T>> out = new ArrayList<>();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        for (URI peer : router.peers()) {
            try {
                HttpResponse<byte[]> answer = router.get(peer, exchange.getRequestURI().toString(), authorization);
                if (answer.statusCode() != 200) {
                    throw new PeerUnavailable("instance " + peer + " answered " + answer.statusCode()
                            + "; the answer would be incomplete");
                }
                JsonNode body = Json.mapper().readTree(answer.body());
                out.add(Json.mapper().readerFor(listType).readValue(body.path("items")));
            } catch (IOException e) {
                throw new PeerUnavailable("instance " + peer + " did not answer; the answer would be incomplete");
            }
        }
        return out;
    }

    /** Another instance that holds part of the answer could not give it. */
    private static final class PeerUnavailable extends Exception {
        PeerUnavailable(String reason) {
            super(reason);
        }
    }
}
