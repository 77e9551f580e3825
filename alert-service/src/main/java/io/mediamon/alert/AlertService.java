package io.mediamon.alert;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.delivery.AlertDispatcher;
import io.mediamon.alert.delivery.SseHub;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.http.RecentAlertsHandler;
import io.mediamon.alert.http.StaticPage;
import io.mediamon.alert.http.WatchlistApi;
import io.mediamon.alert.topology.AlertMeters;
import io.mediamon.alert.topology.AlertTopology;
import io.mediamon.alert.topology.WatchlistSeeder;
import io.mediamon.common.runtime.Metrics;
import io.mediamon.common.runtime.ServiceHttpServer;
import io.mediamon.common.runtime.StreamsRunner;
import io.mediamon.common.runtime.TopicBootstrap;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.List;

/** alert-service: the coverage topology, alert delivery (SSE, webhooks, Slack) and the watchlist API. */
public final class AlertService implements AutoCloseable {
    private final StreamsRunner runner;
    private final AlertDispatcher dispatcher;
    private final SseHub sse = new SseHub();
    private final WatchlistApi watchlist;
    private final ServiceHttpServer http;

    public AlertService(AlertConfig config) throws IOException {
        TopicBootstrap.ensureTopics(config.kafka(), config.kafka().topics().all());
        WatchlistSeeder.seedIfEmpty(config.kafka(), config.watchlist());
        PrometheusMeterRegistry registry = Metrics.registry("alert");
        this.runner = new StreamsRunner("alert-service",
                AlertTopology.build(config, new SpikeDetector(), new AlertMeters(registry)),
                AlertTopology.properties(config), registry,
                List.of(config.kafka().topics().mentions().name(), config.kafka().topics().watchlist().name()));
        this.dispatcher = new AlertDispatcher(config, sse, registry);
        this.watchlist = new WatchlistApi(runner.streams(), config.kafka().topics().watchlist(),
                config.kafka().durableProducerProperties());
        this.http = new ServiceHttpServer("alert-service", config.http(), registry, runner.liveness(),
                runner.readiness())
                .route("/watchlist", watchlist)
                .route("/alerts/stream", sse)
                .route("/alerts/recent", new RecentAlertsHandler(dispatcher))
                .route("/", new StaticPage()); // the page's files: public, no data (it calls the read-scope API)
        runner.start();
        dispatcher.start();
        http.start();
    }

    public int port() {
        return http.port();
    }

    public StreamsRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        http.close();
        sse.close();
        dispatcher.close();
        watchlist.close();
        runner.close();
    }
}
