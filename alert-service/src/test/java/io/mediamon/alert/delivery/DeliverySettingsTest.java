package io.mediamon.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediamon.alert.config.AlertConfig;
import io.mediamon.common.config.ConfigException;
import io.mediamon.common.config.Settings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Start-up checks of the delivery settings: clear refusals, and no secret in the message. */
class DeliverySettingsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static AlertConfig load(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));
        env.putAll(extra);
        return AlertConfig.load(Settings.from(env), null);
    }

    @Test
    void shouldRefuseToStartWithAShortSecret() {
        assertThatThrownBy(() -> load(Map.of("MEDIAMON_WEBHOOKS", "https://receiver.example/hook",
                "MEDIAMON_WEBHOOK_SECRET", "short-secret")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("MEDIAMON_WEBHOOK_SECRET")
                .hasMessageContaining("at least 24").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> load(Map.of("MEDIAMON_WEBHOOKS", "https://receiver.example/hook")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("MEDIAMON_WEBHOOK_SECRET is required");
    }

    @Test
    void shouldRefuseWebhooksAtPrivateLiteralsUnlessPrivateTargetsAreAllowed() {
        for (String url : new String[] {"http://127.0.0.1:9000/hook/tok3n", "http://[::1]/tok3n",
            "http://[::ffff:127.0.0.1]/tok3n", "http://169.254.169.254/tok3n", "http://0x7f000001/tok3n",
            "http://2130706433/tok3n"}) {
            assertThatThrownBy(() -> load(Map.of("MEDIAMON_WEBHOOKS", url, "MEDIAMON_WEBHOOK_SECRET", SECRET)))
                    .as(url).isInstanceOf(ConfigException.class).hasMessageContaining("MEDIAMON_WEBHOOKS")
                    .hasMessageContaining("refused").hasMessageNotContaining("tok3n");
        }
        AlertConfig open = load(Map.of("MEDIAMON_WEBHOOKS", "http://127.0.0.1:9000/hook",
                "MEDIAMON_WEBHOOK_SECRET", SECRET + " another-rotation-secret-of-enough-length",
                "MEDIAMON_ALLOW_PRIVATE_TARGETS", "true"));
        assertThat(open.delivery().allowPrivate()).isTrue();
        assertThat(open.delivery().secrets().size()).isEqualTo(2);
        assertThat(open.toString()).doesNotContain("MfKQ9r8");
    }
}
