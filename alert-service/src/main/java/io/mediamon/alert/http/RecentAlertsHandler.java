package io.mediamon.alert.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mediamon.alert.delivery.AlertDispatcher;
import io.mediamon.common.runtime.HttpExchanges;
import java.io.IOException;
import java.util.Map;

/** {@code GET /alerts/recent}: the latest alert events this instance delivered, newest last. */
public final class RecentAlertsHandler implements HttpHandler {
    private final AlertDispatcher dispatcher;

    public RecentAlertsHandler(AlertDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.error(exchange, 405, "use GET");
            return;
        }
        HttpExchanges.json(exchange, 200, Map.of("alerts", dispatcher.recent()));
    }
}
