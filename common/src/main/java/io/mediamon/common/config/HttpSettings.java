package io.mediamon.common.config;

/**
 * The port a service serves health, metrics and its API on.
 *
 * @param port 0 picks a free port
 */
public record HttpSettings(String host, int port) {

    public static HttpSettings from(Settings settings, String variable, int defaultPort) {
        return new HttpSettings(settings.string("MEDIAMON_HTTP_HOST", "0.0.0.0"),
                settings.integer(variable, defaultPort, 0, 65535));
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort);
    }
}
