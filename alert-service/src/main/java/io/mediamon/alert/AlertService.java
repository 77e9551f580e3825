package io.mediamon.alert;

import io.mediamon.analysis.topic.WatchedTopic;
import io.mediamon.alert.config.AlertConfig;
import io.mediamon.alert.delivery.AlertDispatcher;
import io.mediamon.alert.delivery.SseHub;
import io.mediamon.alert.detect.SpikeDetector;
import io.mediamon.alert.http.RecentAlertsHandler;
import io.mediamon.alert.http.StaticPage;
import io.mediamon.alert.http.WatchlistApi;
import io.mediamon.alert.query.QueryApi;
import io.mediamon.alert.query.QueryRoutes;
import io.mediamon.alert.topology.AlertMeters;
import io.mediamon.alert.topology.AlertTopology;
import io.mediamon.alert.topology.WatchlistSeeder;
import io.mediamon.common.auth.Scope;
import io.mediamon.common.runtime.HealthCheck;
import io.mediamon.common.runtime.Metrics;
import io.mediamon.common.runtime.ServiceHttpServer;
import io.mediamon.common.runtime.StreamsRunner;
import io.mediamon.common.runtime.TopicBootstrap;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Clock;
import java.util.List;

/** alert-service: the coverage topology, alert delivery (SSE, webhooks, Slack) and the watchlist API. */
public final class AlertService implements AutoCloseable {
    private final StreamsRunner runner;
    private final AlertDispatcher dispatcher;
    private final SseHub sse;
    private final WatchlistApi watchlist;
    private final ServiceHttpServer http;

    public AlertService(AlertConfig config) throws IOException {
        TopicBootstrap.ensureTopics(config.kafka(), config.kafka().topics().all());
        WatchlistSeeder.seedIfEmpty(config.kafka(), config.watchlist());
        PrometheusMeterRegistry registry = Metrics.registry("alert");
        SpikeDetector detector = new SpikeDetector();
        this.runner = new StreamsRunner("alert-service",
                AlertTopology.build(config, detector, new AlertMeters(registry)),
                AlertTopology.properties(config), registry,
                List.of(config.kafka().topics().mentions().name(), config.kafka().topics().watchlist().name()));
        this.sse = new SseHub(config.delivery().sseMaxClients(), config.delivery().sseReplay(), 256,
                Duration.ofSeconds(10));
        this.dispatcher = new AlertDispatcher(config, sse, registry);
        HealthCheck streamsReady = runner.readiness();
        HealthCheck deliveryReady = dispatcher.health();
        HealthCheck readiness = () -> {
            HealthCheck.Status streams = streamsReady.check();
            HealthCheck.Status delivery = deliveryReady.check();
            return new HealthCheck.Status(streams.ok() && delivery.ok(), streams.detail() + "; " + delivery.detail());
        };
        this.watchlist = new WatchlistApi(runner.streams(), config.kafka().topics().watchlist(),
                config.kafka().durableProducerProperties(), WatchedTopic::problem);
        this.http = new ServiceHttpServer("alert-service", config.http(), registry, runner.liveness(), readiness)
                .route("/watchlist", Scope.READ, Scope.ADMIN, watchlist)
                .routeStream("/alerts/stream", Scope.READ, sse)
                .route("/alerts/recent", Scope.READ, new RecentAlertsHandler(dispatcher))
                // the page's files hold no data and a browser cannot attach a token to a page load: public
                .route("/", null, null, new StaticPage());
        QueryApi query = new QueryApi(runner.streams(), detector, config.bucket(), config.historyRetention(),
                config.advertisedUrl(), Clock.systemUTC());
        QueryRoutes.ROUTES.forEach(route -> http.route(route.path(), Scope.READ, query));
        try {
            http.start(); // first: it refuses to start beyond loopback without tokens
            runner.start();
            dispatcher.start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
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
