package io.mediamon.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mediamon.common.config.Settings;
import io.mediamon.common.net.BlockedTargetException;
import io.mediamon.common.net.OutboundTargetPolicy;
import io.mediamon.common.net.SafeHttpClient;
import io.mediamon.ingest.config.IngestConfig;
import io.mediamon.ingest.publish.ArticlePublisher;
import io.mediamon.ingest.publish.IngestMeters;
import io.mediamon.ingest.publish.IngestPipeline;
import io.mediamon.ingest.validate.ArticleValidator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A feed that redirects to a private, loopback or link-local address is refused at that hop. */
class FeedRedirectGuardTest {
    private HttpServer feedServer;
    private HttpServer internal;
    private final AtomicInteger internalHits = new AtomicInteger();
    private SafeHttpClient http;
    private ArticlePublisher publisher;
    private FeedPoller poller;
    private FeedHealth health;

    @BeforeEach
    void start() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        internal = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        internal.createContext("/", exchange -> {
            internalHits.incrementAndGet();
            byte[] body = "<rss version=\"2.0\"><channel><title>internal</title></channel></rss>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        feedServer = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        feedServer.createContext("/feed", exchange -> {
            String target = exchange.getRequestURI().getQuery().substring("to=".length());
            exchange.getResponseHeaders().set("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        feedServer.start();
        OutboundTargetPolicy policy = OutboundTargetPolicy.publicOnly().allowingEndpoint(feedServer.getAddress());
        http = new SafeHttpClient(policy, SafeHttpClient.Limits.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5)), "test");
        IngestConfig config = IngestConfig.load(Settings.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:1")), null);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        publisher = new ArticlePublisher(config.kafka(), registry);
        IngestPipeline pipeline = new IngestPipeline(new ArticleValidator(config, Clock.systemUTC()), publisher,
                new IngestMeters(registry));
        health = new FeedHealth(registry, Clock.systemUTC());
        poller = new FeedPoller(pipeline, http, null, health, registry, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        poller.close();
        http.close();
        publisher.close();
        feedServer.stop(0);
        internal.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://[::1]:%d/", "http://[::ffff:127.0.0.1]:%d/",
        "http://169.254.169.254/latest/meta-data/", "http://0x7f000001:%d/", "http://2130706433:%d/"})
    void shouldRefuseAFeedThatRedirectsToAPrivateTarget(String pattern) throws Exception {
        String target = pattern.replace("%d", Integer.toString(internal.getAddress().getPort()));
        URI feed = URI.create("http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed?to=" + target);
        FeedSpec spec = new FeedSpec(feed, "Redirecting", Duration.ofMinutes(5));
        poller.restore(java.util.List.of(spec));

        for (int i = 0; i < FeedHealth.FAILING_AFTER; i++) {
            assertThatThrownBy(() -> poller.poll(spec)).isInstanceOf(BlockedTargetException.class);
        }

        assertThat(internalHits).hasValue(0);
        assertThat(health.problems()).singleElement().asString().contains("is failing");
    }
}
