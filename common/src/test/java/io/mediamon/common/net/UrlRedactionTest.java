package io.mediamon.common.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlRedactionTest {
    @Test
    void shouldReduceAUrlToSchemeAndHost() {
        assertThat(UrlRedaction.url(URI.create("https://hooks.slack.com/services/T000/B000/XXXXSECRET")))
                .isEqualTo("https://hooks.slack.com");
        assertThat(UrlRedaction.url(URI.create("https://user:pw@Example.COM:8443/h?token=abc")))
                .isEqualTo("https://example.com");
        assertThat(UrlRedaction.url(URI.create("http://[::1]:9000/x"))).isEqualTo("http://[::1]");
    }

    @Test
    void shouldRedactEveryUrlInAText() {
        String text = "POST https://hooks.slack.com/services/T/B/secret failed: Connection refused to "
                + "http://u:p@10.0.0.1:81/hook?token=abc";
        assertThat(UrlRedaction.text(text)).isEqualTo(
                "POST https://hooks.slack.com failed: Connection refused to http://10.0.0.1")
                .doesNotContain("secret").doesNotContain("token");
    }
}
