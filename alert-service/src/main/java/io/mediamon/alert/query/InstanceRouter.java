package io.mediamon.alert.query;

import io.mediamon.alert.coverage.CoverageStores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where a query is answered. Every instance advertises its HTTP address as {@code application.server}; Kafka
 * Streams metadata then says which instance holds an entity's partition, and this forwards the request there over
 * HTTP. Without an advertised address (one instance) everything is answered locally.
 */
final class InstanceRouter {
    /** Marks a request forwarded by another instance: it is answered from local stores only, never forwarded again. */
    static final String FORWARDED = "X-Mediamon-Forwarded";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final String scheme;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** {@code advertised} is this instance's base URL, or null when it runs alone. */
    InstanceRouter(KafkaStreams streams, URI advertised) {
        this.streams = streams;
        this.self = advertised == null ? null : new HostInfo(advertised.getHost(), advertised.getPort());
        this.scheme = advertised == null ? "http" : advertised.getScheme();
    }

    /** The base URL of the instance that holds {@code entity}, or null when it is this one (or nobody knows yet). */
    URI ownerOf(String entity) {
        if (self == null) {
            return null;
        }
        KeyQueryMetadata metadata = streams.queryMetadataForKey(CoverageStores.HISTORY_COVERAGE, entity,
                Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)
                || metadata.activeHost() == null || self.equals(metadata.activeHost())
                || metadata.activeHost().port() <= 0) {
            return null;
        }
        return base(metadata.activeHost());
    }

    /** The other instances that hold part of the history. */
    List<URI> peers() {
        List<URI> out = new ArrayList<>();
        if (self == null) {
            return out;
        }
        for (StreamsMetadata metadata : streams.streamsMetadataForStore(CoverageStores.HISTORY_COVERAGE)) {
            if (!self.equals(metadata.hostInfo()) && metadata.port() > 0) {
                out.add(base(metadata.hostInfo()));
            }
        }
        return out;
    }

    private URI base(HostInfo host) {
        return URI.create(scheme + "://" + host.host() + ":" + host.port());
    }

    /** GETs {@code pathAndQuery} from another instance, passing the caller's credentials on. */
    HttpResponse<byte[]> get(URI base, String pathAndQuery, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT)
                .header(FORWARDED, "1").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
