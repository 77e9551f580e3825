package io.mediamon.alert.delivery;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Slack incoming webhook. Slack has no idempotency key, so event ids already posted are remembered (a bounded
 * set) and a redelivered event is not posted twice by this process.
 */
final class SlackTarget extends HttpTarget {
    private static final int REMEMBERED = 10_000;

    private final Set<String> posted = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    SlackTarget(URI url, SafeHttpClient client) {
        super("slack", url, client);
    }

    @Override
    public String kind() {
        return "slack";
    }

    @Override
    public Outcome attempt(AlertEvent event) {
        synchronized (posted) {
            if (posted.contains(event.id())) {
                return Outcome.delivered();
            }
        }
        Outcome outcome = post(body(event), "application/json; charset=utf-8", Map.of());
        if (outcome.kind() == Outcome.Kind.DELIVERED) {
            synchronized (posted) {
                posted.add(event.id());
            }
        }
        return outcome;
    }

    @Override
    public String payload(AlertEvent event) {
        return new String(body(event), StandardCharsets.UTF_8);
    }

    private static byte[] body(AlertEvent event) {
        try {
            return Json.mapper().writeValueAsBytes(SlackMessage.of(event.data()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
